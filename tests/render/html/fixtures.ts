// Hand-built journey, analysis and scenes, plus a stub SVG renderer that emits the same touchpoint
// group contract as the real one (<g id="tp-…" data-touchpoint data-stage><title>…). Lets the page
// be tested on its own; the browser tests also run the real pipeline through compile().
import type { Analysis } from '../../../src/analyse/analysis.js';
import type { Scene, SceneNode } from '../../../src/layout/scene.js';
import type { Journey } from '../../../src/model/journey.js';
import { opportunities, pains } from '../../helpers/journeys.js';

export function sampleJourney(): Journey {
  return {
    title: '小芳的天然保養品購買旅程',
    type: 'current-state',
    locale: 'zh-Hant',
    personas: [
      {
        id: 'xiaofang',
        name: '小芳',
        description: '28 歲上班族',
        goals: ['找到溫和的保濕產品'],
        needs: [],
        frustrations: ['廣告誇大不實'],
        quote: '我想要能安心用在臉上的東西',
      },
    ],
    sources: [],
    lanes: [],
    timescale: '3 weeks',
    emotionScale: [-2, 2],
    channels: [{ id: 'instagram', label: 'Instagram', color: '#E1306C' }],
    stages: [
      {
        id: 'awareness',
        name: '認知',
        pains: [],
        opportunities: [],
        touchpoints: [
          {
            id: 'ig-ad',
            name: '看到 IG 廣告',
            channel: 'instagram',
            when: 'day 1',
            action: '點進廣告',
            thought: '這真的是天然的嗎?',
            feeling: '好奇',
            emotion: 1,
            pains: [],
            opportunities: opportunities('廣告直接連到成分說明頁'),
            evidence: [],
            owner: '行銷部',
            metrics: { CTR: '1.2%', CSAT: 3.9 },
          },
          { id: 'yt-review', name: '比較 YouTube 開箱', emotion: -1, pains: pains('找不到敏感肌的真實心得'), opportunities: [], evidence: [] },
        ],
      },
      {
        id: 'purchase',
        name: '購買',
        pains: [],
        opportunities: [],
        touchpoints: [
          {
            id: 'checkout',
            name: '線上結帳',
            emotion: -2,
            pains: pains('運費門檻太高', '結帳要重新註冊'),
            opportunities: opportunities('訪客結帳'),
            evidence: [],
            frontstage: ['結帳頁'],
            backstage: ['金流'],
            support: ['ERP'],
          },
          { id: 'unbox', name: '開箱使用', emotion: 2, pains: [], opportunities: [], evidence: [] },
        ],
      },
    ],
  };
}

export function sampleAnalysis(): Analysis {
  const curve = [
    { touchpointId: 'ig-ad', stageId: 'awareness', index: 0, emotion: 1 },
    { touchpointId: 'yt-review', stageId: 'awareness', index: 1, emotion: -1 },
    { touchpointId: 'checkout', stageId: 'purchase', index: 2, emotion: -2 },
    { touchpointId: 'unbox', stageId: 'purchase', index: 3, emotion: 2 },
  ];
  return {
    neutral: 0,
    curve,
    valleys: [{ touchpointId: 'checkout', stageId: 'purchase', index: 2, emotion: -2, lowest: true }],
    lowest: curve[2],
    stages: [],
    worstStageId: 'purchase',
  };
}

export function stubScene(journey: Journey, theme: 'light' | 'dark'): Scene {
  const fg = theme === 'dark' ? '#e5e7eb' : '#111827';
  const nodes: SceneNode[] = [];
  let x = 20;
  for (const stage of journey.stages) {
    for (const tp of stage.touchpoints) {
      nodes.push({
        kind: 'group',
        id: `tp-${tp.id}`,
        data: { touchpoint: tp.id, stage: stage.id },
        tooltip: tp.name,
        children: [
          { kind: 'rect', x, y: 60, width: 180, height: 120, radius: 8, fill: theme === 'dark' ? '#1f2937' : '#eef2ff', stroke: '#6366f1' },
          {
            kind: 'text',
            lines: [{ text: tp.name, width: 100, x: x + 10, y: 90 }],
            fontSize: 14,
            lineHeight: 18,
            weight: 'bold',
            fill: fg,
            anchor: 'start',
            box: { x, y: 60, width: 180, height: 120 },
          },
        ],
      });
      x += 200;
    }
  }
  return {
    width: x + 20,
    height: 240,
    lang: journey.locale,
    title: journey.title,
    description: `${journey.stages.length} stages`,
    background: theme === 'dark' ? '#111827' : '#ffffff',
    fontFamily: "'Noto Sans TC', sans-serif",
    theme,
    nodes,
  };
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stand-in for renderSvg with the same contract: every id and reference is `<idPrefix>-<name>` (default `cjm`). */
export function stubSvg(scene: Scene, options: { idPrefix?: string } = {}): string {
  const p = `${(options.idPrefix ?? '').replace(/-+$/, '') || 'cjm'}-`;
  const node = (n: SceneNode): string => {
    if (n.kind === 'group') {
      const data = Object.entries(n.data ?? {})
        .map(([k, v]) => ` data-${k}="${xml(v)}"`)
        .join('');
      const title = n.tooltip ? `<title>${xml(n.tooltip)}</title>` : '';
      return `<g${n.id ? ` id="${xml(p + n.id)}"` : ''}${data}>${title}${n.children.map(node).join('')}</g>`;
    }
    if (n.kind === 'rect')
      return `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${n.radius ?? 0}" fill="url(#${p}grad)" stroke="${n.stroke ?? 'none'}"/>`;
    if (n.kind === 'text') return n.lines.map((l) => `<text x="${l.x}" y="${l.y}" fill="${n.fill}">${xml(l.text)}</text>`).join('');
    return '';
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}" role="img" aria-labelledby="${p}title">` +
    `<title id="${p}title">${xml(scene.title)}</title><defs><linearGradient id="${p}grad"><stop offset="0" stop-color="${scene.background}"/><stop offset="1" stop-color="#c7d2fe"/></linearGradient></defs>` +
    `<rect width="${scene.width}" height="${scene.height}" fill="${scene.background}"/>${scene.nodes.map(node).join('')}</svg>`
  );
}

/** Every attack we know of for HTML and SVG text, in one string. */
export const HOSTILE = `<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2;alert(1)">'</style></title></textarea>]]><!-- javascript:alert(3) <svg onload=alert(4)>`;

/** Replaces every string in the journey (except ids, which the schema restricts) with a hostile one. */
export function hostile<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (['id', 'touchpointId', 'stageId', 'color', 'type'].includes(key) ? value : `${HOSTILE} ${key}`) as T;
  if (Array.isArray(value)) return value.map((v) => hostile(v, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[key === 'metrics' ? `${HOSTILE}${k}` : k] = hostile(v, k);
    return out as T;
  }
  return value;
}

/** Links of every kind: only the http(s) ones may become <a>. */
export const LINKS = {
  web: 'https://tracker.example.com/CS-142',
  plain: 'http://example.org/report',
  script: 'javascript:alert(1)',
  upper: 'JAVASCRIPT:alert(2)',
  spaced: ' javascript:alert(3)',
  data: 'data:text/html,<script>alert(4)</script>',
  relative: '../secret/report.pdf',
  protocolRelative: '//evil.example/x',
} as const;

/** The sample journey with sources, evidence and pains and opportunities as objects (severity, status, owner, link, addresses). */
export function richJourney(): Journey {
  const j = sampleJourney();
  j.sources = [
    { id: 'survey', kind: 'survey', title: '問卷', n: 412, date: '2025-03', link: LINKS.plain },
    { id: 'logs', kind: 'support-tickets', title: '客服紀錄', link: LINKS.script },
    { id: 'other', kind: 'other', link: LINKS.data },
  ];
  const checkout = j.stages[1]!.touchpoints[0]!;
  checkout.evidence = ['logs'];
  checkout.pains = [
    { text: '運費門檻太高', id: 'shipping', severity: 'high', evidence: ['survey', 'logs'] },
    { text: '結帳要重新註冊', id: 'signup', severity: 'low', evidence: [] },
  ];
  checkout.opportunities = [
    { text: '訪客結帳', id: 'guest', status: 'in-progress', owner: '電商組', link: LINKS.web, addresses: ['signup'], evidence: ['other'] },
    { text: '免運門檻調降', status: 'done', link: LINKS.script, addresses: ['shipping'], evidence: [] },
    { text: '相對連結', link: LINKS.relative, addresses: [], evidence: [] },
    { text: '大寫', link: LINKS.upper, addresses: [], evidence: [] },
    { text: '空白', link: LINKS.spaced, addresses: [], evidence: [] },
    { text: '雙斜線', link: LINKS.protocolRelative, addresses: [], evidence: [] },
  ];
  return j;
}
