// Built-in labels in every supported locale: one place for all words cjm itself puts on a map.
import type { MapType } from '../model/schema.js';

export type LabelLocale = 'en' | 'zh-Hant' | 'zh-Hans' | 'ja';

export interface Labels {
  stages: Record<'awareness' | 'consideration' | 'purchase' | 'retention' | 'advocacy', string>;
  mapTypes: Record<MapType, string>;
  lanes: {
    touchpoint: string;
    action: string;
    thought: string;
    feeling: string;
    emotion: string;
    pains: string;
    opportunities: string;
    owner: string;
    frontstage: string;
    backstage: string;
    support: string;
  };
  persona: { goals: string; needs: string; frustrations: string };
  valley: string;
  lowest: string;
}

const en: Labels = {
  stages: { awareness: 'Awareness', consideration: 'Consideration', purchase: 'Purchase', retention: 'Retention', advocacy: 'Advocacy' },
  mapTypes: { 'current-state': 'Current state', 'future-state': 'Future state', 'day-in-the-life': 'Day in the life', 'service-blueprint': 'Service blueprint' },
  lanes: {
    touchpoint: 'Touchpoint', action: 'Action', thought: 'Thought', feeling: 'Feeling', emotion: 'Emotion',
    pains: 'Pain points', opportunities: 'Opportunities', owner: 'Owner',
    frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support processes',
  },
  persona: { goals: 'Goals', needs: 'Needs', frustrations: 'Frustrations' },
  valley: 'Valley',
  lowest: 'Lowest point',
};

const zhHant: Labels = {
  stages: { awareness: '認知', consideration: '考慮', purchase: '購買', retention: '使用', advocacy: '倡導' },
  mapTypes: { 'current-state': '現況旅程', 'future-state': '未來旅程', 'day-in-the-life': '一日生活', 'service-blueprint': '服務藍圖' },
  lanes: {
    touchpoint: '接觸點', action: '行動', thought: '想法', feeling: '感受', emotion: '情緒',
    pains: '痛點', opportunities: '機會', owner: '負責團隊',
    frontstage: '前台', backstage: '後台', support: '支援流程',
  },
  persona: { goals: '目標', needs: '需求', frustrations: '困擾' },
  valley: '波谷',
  lowest: '最低點',
};

const zhHans: Labels = {
  stages: { awareness: '认知', consideration: '考虑', purchase: '购买', retention: '使用', advocacy: '倡导' },
  mapTypes: { 'current-state': '现况旅程', 'future-state': '未来旅程', 'day-in-the-life': '一日生活', 'service-blueprint': '服务蓝图' },
  lanes: {
    touchpoint: '接触点', action: '行动', thought: '想法', feeling: '感受', emotion: '情绪',
    pains: '痛点', opportunities: '机会', owner: '负责团队',
    frontstage: '前台', backstage: '后台', support: '支持流程',
  },
  persona: { goals: '目标', needs: '需求', frustrations: '困扰' },
  valley: '波谷',
  lowest: '最低点',
};

const ja: Labels = {
  stages: { awareness: '認知', consideration: '検討', purchase: '購入', retention: '利用', advocacy: '推奨' },
  mapTypes: { 'current-state': '現状', 'future-state': '理想', 'day-in-the-life': '一日の流れ', 'service-blueprint': 'サービスブループリント' },
  lanes: {
    touchpoint: 'タッチポイント', action: '行動', thought: '思考', feeling: '感情', emotion: '感情曲線',
    pains: 'ペインポイント', opportunities: '機会', owner: '担当',
    frontstage: 'フロントステージ', backstage: 'バックステージ', support: 'サポートプロセス',
  },
  persona: { goals: 'ゴール', needs: 'ニーズ', frustrations: '不満' },
  valley: '谷',
  lowest: '最低点',
};

const TABLE: Record<LabelLocale, Labels> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans, ja };

/** Maps any BCP 47 tag onto the nearest locale we have labels for (zh-TW → zh-Hant, zh-CN → zh-Hans). */
export function labelLocale(locale: string): LabelLocale {
  const tag = locale.toLowerCase();
  if (tag.startsWith('zh')) {
    return /hans|cn|sg|^zh$/.test(tag) ? 'zh-Hans' : 'zh-Hant';
  }
  if (tag.startsWith('ja')) return 'ja';
  return 'en';
}

export const labelsFor = (locale: string): Labels => TABLE[labelLocale(locale)];
