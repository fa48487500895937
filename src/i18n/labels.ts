// Built-in labels in every supported locale: one place for all words cjm itself puts on a map.
import type { MapType, OpportunityStatus, Severity, SourceKind } from '../model/schema.js';

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
    /** Service blueprint: what the customer sees or touches. */
    physicalEvidence: string;
    frontstage: string;
    backstage: string;
    support: string;
  };
  persona: { goals: string; needs: string; frustrations: string };
  /** Words of the HTML page around the map (section headings, controls, table columns). */
  page: {
    persona: string;
    map: string;
    hurts: string;
    noValleys: string;
    noValleysAt: string;
    touchpoints: string;
    details: string;
    hint: string;
    stage: string;
    channel: string;
    when: string;
    description: string;
    metrics: string;
    zoomIn: string;
    zoomOut: string;
    zoomFit: string;
    zoomReset: string;
    close: string;
    unscored: string;
    showBaseline: string;
    /** Heading of the checkboxes that show or hide each persona's curve. */
    showPersonas: string;
  };
  valley: string;
  lowest: string;
  /** Column headers of the stage table `cjm report` prints. */
  report: { avg: string; min: string; max: string; scored: string; pains: string; ideas: string };
  /** Words drawn on the map itself beyond lane names: blueprint lines, legend, accessible summary. */
  map: {
    lineOfInteraction: string;
    lineOfVisibility: string;
    lineOfInternalInteraction: string;
    legend: string;
    legendPoint: string;
    legendValley: string;
    legendValleyAt: string;
    legendLowest: string;
    legendBand: string;
    legendPain: string;
    legendOpportunity: string;
    legendNeutral: string;
    /** Beside a touchpoint its baseline did not have. */
    newMark: string;
    /** Baseline comparison: legend entries ({title}, {lo}, {hi} filled in), the dropped note, a closed valley. */
    legendThisMap: string;
    legendBaseline: string;
    legendRescaled: string;
    legendDelta: string;
    dropped: string;
    valleyClosed: string;
    /** Caption over pain points and opportunities that belong to a whole stage. */
    stageWide: string;
    /** `{n}` more valleys not listed. */
    more: string;
    /** Templates for the SVG <desc>: `{title}`, `{n}`, `{list}`, `{name}`, `{stage}`, `{score}`; summaryStage when there is one stage. */
    summaryStage: string;
    summaryStages: string;
    summaryLowest: string;
    summaryWorst: string;
    stageSeparator: string;
  };
  /** Pains and opportunities as objects: their fields on the page, their severity and status words on both. */
  items: {
    severity: string;
    status: string;
    link: string;
    evidence: string;
    /** An opportunity's `addresses`: the pains it answers. */
    addresses: string;
    /** A pain's opportunities: the ones that name it in `addresses`. */
    addressedBy: string;
    severities: Record<Severity, string>;
    statuses: Record<OpportunityStatus, string>;
  };
  /** The research block: its title and the kind of every source. */
  sources: { title: string; kinds: Record<SourceKind, string> };
}

const en: Labels = {
  stages: { awareness: 'Awareness', consideration: 'Consideration', purchase: 'Purchase', retention: 'Retention', advocacy: 'Advocacy' },
  mapTypes: {
    'current-state': 'Current state',
    'future-state': 'Future state',
    'day-in-the-life': 'Day in the life',
    'service-blueprint': 'Service blueprint',
  },
  lanes: {
    touchpoint: 'Touchpoint',
    action: 'Action',
    thought: 'Thought',
    feeling: 'Feeling',
    emotion: 'Emotion',
    pains: 'Pain points',
    opportunities: 'Opportunities',
    owner: 'Owner',
    physicalEvidence: 'Physical evidence',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support processes',
  },
  persona: { goals: 'Goals', needs: 'Needs', frustrations: 'Frustrations' },
  page: {
    persona: 'Persona',
    map: 'Journey map',
    hurts: 'Where it hurts',
    noValleys: 'No valleys: no moment dips below neutral.',
    noValleysAt: 'No valleys: no moment dips to {score} or below.',
    touchpoints: 'All touchpoints',
    details: 'Touchpoint details',
    hint: 'Hover, click or tab to a touchpoint to see everything about it. Press Escape to close.',
    stage: 'Stage',
    channel: 'Channel',
    when: 'When',
    description: 'Description',
    metrics: 'Metrics',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomFit: 'Fit to width',
    zoomReset: 'Actual size',
    close: 'Close',
    unscored: 'not scored',
    showBaseline: 'Show the baseline',
    showPersonas: 'Curves shown',
  },
  valley: 'Valley',
  lowest: 'Lowest point',
  report: { avg: 'avg', min: 'min', max: 'max', scored: 'scored', pains: 'pains', ideas: 'ideas' },
  map: {
    lineOfInteraction: 'Line of interaction',
    lineOfVisibility: 'Line of visibility',
    lineOfInternalInteraction: 'Line of internal interaction',
    legend: 'Legend',
    legendPoint: 'Emotion at a touchpoint',
    legendValley: 'Valley: a low below neutral',
    legendValleyAt: 'Valley: a low at or below {score}',
    legendLowest: 'Lowest point of the journey',
    legendBand: 'Valley column',
    legendPain: 'Pain point',
    legendOpportunity: 'Opportunity',
    legendNeutral: 'Neutral',
    newMark: 'new',
    legendThisMap: 'This map',
    legendBaseline: 'Baseline: {title}',
    legendRescaled: '(rescaled from {lo} to {hi})',
    legendDelta: 'Change since the baseline',
    dropped: 'Dropped since the baseline',
    valleyClosed: 'valley closed',
    stageWide: 'Whole stage',
    more: '+{n} more',
    summaryStage: '{title}: 1 stage: {list}.',
    summaryStages: '{title}: {n} stages: {list}.',
    summaryLowest: 'Lowest point: {name} ({stage}), {score}.',
    summaryWorst: 'Worst stage by average: {stage} ({score}).',
    stageSeparator: ' → ',
  },
  items: {
    severity: 'Severity',
    status: 'Status',
    link: 'Link',
    evidence: 'Evidence',
    addresses: 'Answers',
    addressedBy: 'Answered by',
    severities: { low: 'Low', medium: 'Medium', high: 'High' },
    statuses: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
  },
  sources: {
    title: 'Sources',
    kinds: { survey: 'Survey', interview: 'Interviews', analytics: 'Analytics', reviews: 'Reviews', 'support-tickets': 'Support tickets', other: 'Other' },
  },
};

const zhHant: Labels = {
  stages: { awareness: '認知', consideration: '考慮', purchase: '購買', retention: '使用', advocacy: '倡導' },
  mapTypes: { 'current-state': '現況旅程', 'future-state': '未來旅程', 'day-in-the-life': '一日生活', 'service-blueprint': '服務藍圖' },
  lanes: {
    touchpoint: '接觸點',
    action: '行動',
    thought: '想法',
    feeling: '感受',
    emotion: '情緒',
    pains: '痛點',
    opportunities: '機會',
    owner: '負責團隊',
    physicalEvidence: '實體證據',
    frontstage: '前台',
    backstage: '後台',
    support: '支援流程',
  },
  persona: { goals: '目標', needs: '需求', frustrations: '困擾' },
  page: {
    persona: '人物誌',
    map: '旅程地圖',
    hurts: '痛在哪裡',
    noValleys: '沒有波谷：沒有任何時刻落到中性以下。',
    noValleysAt: '沒有波谷：沒有任何時刻落到 {score} 或以下。',
    touchpoints: '所有接觸點',
    details: '接觸點詳情',
    hint: '將滑鼠移到接觸點上、點選或用 Tab 鍵選取，即可看到完整內容；按 Esc 關閉。',
    stage: '階段',
    channel: '管道',
    when: '時間',
    description: '說明',
    metrics: '指標',
    zoomIn: '放大',
    zoomOut: '縮小',
    zoomFit: '符合寬度',
    zoomReset: '實際大小',
    close: '關閉',
    unscored: '未評分',
    showBaseline: '顯示基準',
    showPersonas: '顯示的曲線',
  },
  valley: '波谷',
  lowest: '最低點',
  report: { avg: '平均', min: '最低', max: '最高', scored: '已評分', pains: '痛點', ideas: '機會' },
  map: {
    lineOfInteraction: '互動線',
    lineOfVisibility: '可視線',
    lineOfInternalInteraction: '內部互動線',
    legend: '圖例',
    legendPoint: '接觸點的情緒',
    legendValley: '波谷：落到中性以下的低點',
    legendValleyAt: '波谷：落到 {score} 或以下的低點',
    legendLowest: '整段旅程的最低點',
    legendBand: '波谷所在欄',
    legendPain: '痛點',
    legendOpportunity: '機會',
    legendNeutral: '中性',
    newMark: '新增',
    legendThisMap: '本圖',
    legendBaseline: '基準：{title}',
    legendRescaled: '（由 {lo} 至 {hi} 換算）',
    legendDelta: '與基準相比的變化',
    dropped: '基準中有、本圖已移除',
    valleyClosed: '波谷已解決',
    stageWide: '整個階段',
    more: '還有 {n} 個',
    summaryStage: '{title}：共 1 個階段：{list}。',
    summaryStages: '{title}：共 {n} 個階段：{list}。',
    summaryLowest: '最低點：{name}（{stage}），{score}。',
    summaryWorst: '平均最低的階段：{stage}（{score}）。',
    stageSeparator: ' → ',
  },
  items: {
    severity: '嚴重度',
    status: '狀態',
    link: '連結',
    evidence: '佐證',
    addresses: '回應痛點',
    addressedBy: '對應機會',
    severities: { low: '低', medium: '中', high: '高' },
    statuses: { idea: '構想', planned: '已規劃', 'in-progress': '進行中', done: '已完成' },
  },
  sources: {
    title: '資料來源',
    kinds: { survey: '問卷調查', interview: '訪談', analytics: '數據分析', reviews: '評論', 'support-tickets': '客服紀錄', other: '其他' },
  },
};

const zhHans: Labels = {
  stages: { awareness: '认知', consideration: '考虑', purchase: '购买', retention: '使用', advocacy: '倡导' },
  mapTypes: { 'current-state': '现况旅程', 'future-state': '未来旅程', 'day-in-the-life': '一日生活', 'service-blueprint': '服务蓝图' },
  lanes: {
    touchpoint: '接触点',
    action: '行动',
    thought: '想法',
    feeling: '感受',
    emotion: '情绪',
    pains: '痛点',
    opportunities: '机会',
    owner: '负责团队',
    physicalEvidence: '实体证据',
    frontstage: '前台',
    backstage: '后台',
    support: '支持流程',
  },
  persona: { goals: '目标', needs: '需求', frustrations: '困扰' },
  page: {
    persona: '用户画像',
    map: '旅程地图',
    hurts: '痛在哪里',
    noValleys: '没有波谷：没有任何时刻落到中性以下。',
    noValleysAt: '没有波谷：没有任何时刻落到 {score} 或以下。',
    touchpoints: '所有接触点',
    details: '接触点详情',
    hint: '将鼠标移到接触点上、点击或用 Tab 键选取，即可看到完整内容；按 Esc 关闭。',
    stage: '阶段',
    channel: '渠道',
    when: '时间',
    description: '说明',
    metrics: '指标',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomFit: '适合宽度',
    zoomReset: '实际大小',
    close: '关闭',
    unscored: '未评分',
    showBaseline: '显示基准',
    showPersonas: '显示的曲线',
  },
  valley: '波谷',
  lowest: '最低点',
  report: { avg: '平均', min: '最低', max: '最高', scored: '已评分', pains: '痛点', ideas: '机会' },
  map: {
    lineOfInteraction: '互动线',
    lineOfVisibility: '可视线',
    lineOfInternalInteraction: '内部互动线',
    legend: '图例',
    legendPoint: '接触点的情绪',
    legendValley: '波谷：落到中性以下的低点',
    legendValleyAt: '波谷：落到 {score} 或以下的低点',
    legendLowest: '整段旅程的最低点',
    legendBand: '波谷所在栏',
    legendPain: '痛点',
    legendOpportunity: '机会',
    legendNeutral: '中性',
    newMark: '新增',
    legendThisMap: '本图',
    legendBaseline: '基准：{title}',
    legendRescaled: '（由 {lo} 至 {hi} 换算）',
    legendDelta: '与基准相比的变化',
    dropped: '基准中有、本图已移除',
    valleyClosed: '波谷已解决',
    stageWide: '整个阶段',
    more: '还有 {n} 个',
    summaryStage: '{title}：共 1 个阶段：{list}。',
    summaryStages: '{title}：共 {n} 个阶段：{list}。',
    summaryLowest: '最低点：{name}（{stage}），{score}。',
    summaryWorst: '平均最低的阶段：{stage}（{score}）。',
    stageSeparator: ' → ',
  },
  items: {
    severity: '严重度',
    status: '状态',
    link: '链接',
    evidence: '佐证',
    addresses: '回应痛点',
    addressedBy: '对应机会',
    severities: { low: '低', medium: '中', high: '高' },
    statuses: { idea: '构想', planned: '已规划', 'in-progress': '进行中', done: '已完成' },
  },
  sources: {
    title: '资料来源',
    kinds: { survey: '问卷调查', interview: '访谈', analytics: '数据分析', reviews: '评论', 'support-tickets': '客服记录', other: '其他' },
  },
};

const ja: Labels = {
  stages: { awareness: '認知', consideration: '検討', purchase: '購入', retention: '利用', advocacy: '推奨' },
  mapTypes: { 'current-state': '現状', 'future-state': '理想', 'day-in-the-life': '一日の流れ', 'service-blueprint': 'サービスブループリント' },
  lanes: {
    touchpoint: 'タッチポイント',
    action: '行動',
    thought: '思考',
    feeling: '感情',
    emotion: '感情曲線',
    pains: 'ペインポイント',
    opportunities: '機会',
    owner: '担当',
    physicalEvidence: '物的証拠',
    frontstage: 'フロントステージ',
    backstage: 'バックステージ',
    support: 'サポートプロセス',
  },
  persona: { goals: 'ゴール', needs: 'ニーズ', frustrations: '不満' },
  page: {
    persona: 'ペルソナ',
    map: 'ジャーニーマップ',
    hurts: '痛みのある場所',
    noValleys: '谷はありません：中立を下回る瞬間はありません。',
    noValleysAt: '谷はありません：{score} 以下に落ちる瞬間はありません。',
    touchpoints: 'すべてのタッチポイント',
    details: 'タッチポイントの詳細',
    hint: 'タッチポイントにマウスを重ねる、クリックする、または Tab キーで選ぶと詳細が表示されます。Esc で閉じます。',
    stage: 'ステージ',
    channel: 'チャネル',
    when: '時期',
    description: '説明',
    metrics: '指標',
    zoomIn: '拡大',
    zoomOut: '縮小',
    zoomFit: '幅に合わせる',
    zoomReset: '実寸',
    close: '閉じる',
    unscored: '未評価',
    showBaseline: 'ベースラインを表示',
    showPersonas: '表示する曲線',
  },
  valley: '谷',
  lowest: '最低点',
  report: { avg: '平均', min: '最低', max: '最高', scored: '評価済み', pains: '課題', ideas: '機会' },
  map: {
    lineOfInteraction: 'インタラクションライン',
    lineOfVisibility: '可視ライン',
    lineOfInternalInteraction: '内部インタラクションライン',
    legend: '凡例',
    legendPoint: 'タッチポイントの感情',
    legendValley: '谷：中立を下回る落ち込み',
    legendValleyAt: '谷：{score} 以下の落ち込み',
    legendLowest: 'ジャーニー全体の最低点',
    legendBand: '谷のある列',
    legendPain: 'ペインポイント',
    legendOpportunity: '機会',
    legendNeutral: '中立',
    newMark: '新規',
    legendThisMap: 'このマップ',
    legendBaseline: 'ベースライン：{title}',
    legendRescaled: '（{lo}〜{hi} から換算）',
    legendDelta: 'ベースラインからの変化',
    dropped: 'ベースラインから削除',
    valleyClosed: '谷を解消',
    stageWide: 'ステージ全体',
    more: 'ほか {n} 件',
    summaryStage: '{title}：1 ステージ：{list}。',
    summaryStages: '{title}：{n} ステージ：{list}。',
    summaryLowest: '最低点：{name}（{stage}）、{score}。',
    summaryWorst: '平均が最も低いステージ：{stage}（{score}）。',
    stageSeparator: ' → ',
  },
  items: {
    severity: '深刻度',
    status: 'ステータス',
    link: 'リンク',
    evidence: '根拠',
    addresses: '対応するペイン',
    addressedBy: '対応する機会',
    severities: { low: '低', medium: '中', high: '高' },
    statuses: { idea: 'アイデア', planned: '計画済み', 'in-progress': '進行中', done: '完了' },
  },
  sources: {
    title: '出典',
    kinds: {
      survey: 'アンケート',
      interview: 'インタビュー',
      analytics: 'アクセス解析',
      reviews: 'レビュー',
      'support-tickets': '問い合わせ記録',
      other: 'その他',
    },
  },
};

const TABLE: Record<LabelLocale, Labels> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans, ja };

/**
 * The locale people type, as the one cjm has labels for, or undefined when it has none: any case,
 * `-` or `_`. zh-TW, zh-HK and zh-MO (and any zh-Hant-…) → zh-Hant; zh, zh-CN, zh-SG (and any
 * zh-Hans-…) → zh-Hans; ja-JP → ja; en-US, en-GB → en.
 */
export function canonicalLocale(locale: string): LabelLocale | undefined {
  const [lang, ...rest] = locale.trim().toLowerCase().split(/[-_]/);
  if (lang === 'en') return 'en';
  if (lang === 'ja') return 'ja';
  if (lang !== 'zh') return undefined;
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  return rest.some((r) => r === 'tw' || r === 'hk' || r === 'mo') ? 'zh-Hant' : 'zh-Hans';
}

/** Maps any BCP 47 tag onto the nearest locale we have labels for; English when there is none. */
export const labelLocale = (locale: string): LabelLocale => canonicalLocale(locale) ?? 'en';

export const labelsFor = (locale: string): Labels => TABLE[labelLocale(locale)];
