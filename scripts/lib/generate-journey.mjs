// Generates a realistic-looking journey spec of any size, in Chinese or English, for benchmarks.
// Deterministic: the same arguments give the same text.
const ZH = {
  stages: ['認知', '考慮', '購買', '使用', '倡導'],
  names: ['看到 IG 廣告', '比較網路評價', '加入 LINE 官方帳號', '到門市試用', '線上結帳', '等待出貨', '開箱使用', '聯絡客服', '回購', '推薦給朋友'],
  action: '滑手機時點進「無添加、天然萃取」的廣告，接著到官網比較成分與價格',
  thought: '這真的適合敏感肌嗎？價格好像有點高',
  pains: ['找不到敏感肌的真實心得', '運費門檻太高'],
  opportunities: ['提供小樣試用包', '在商品頁放上成分說明'],
};
const EN = {
  stages: ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'],
  names: [
    'Reads a G2 review',
    'Visits the pricing page',
    'Books a demo',
    'Starts the trial',
    'Connects Slack',
    'Invites the team',
    'Talks to support',
    'Security review',
    'Signs the contract',
    'Refers a peer',
  ],
  action: 'Compares plans side by side and checks whether SSO is included in the team tier',
  thought: 'Will this actually save my team time, or is it another tool to maintain?',
  pains: ['Pricing hides the per-seat cost', 'No sandbox data to try things with'],
  opportunities: ['Show a cost calculator', 'Ship a sample workspace'],
};

const quote = (s) => JSON.stringify(s);

const PERSONA_NAMES = { zh: ['小芳', '阿公', '媽媽', '阿嬤', '小明', '爸爸'], en: ['Dana', 'Grandpa', 'Mom', 'Nan', 'Sam', 'Dad'] };

/**
 * YAML spec with `touchpoints` touchpoints spread over five stages. With `personas` > 1, that many
 * personas, each touchpoint's emotion given per persona (each persona's curve a shifted copy), and
 * with `perPersonaThoughts` its thought too.
 */
export function generateJourneyYaml(touchpoints, { lang = 'zh', personas = 1, perPersonaThoughts = false } = {}) {
  const t = lang === 'zh' ? ZH : EN;
  const names = PERSONA_NAMES[lang === 'zh' ? 'zh' : 'en'];
  const who =
    personas > 1
      ? [
          'personas:',
          ...Array.from({ length: personas }, (_, p) => [
            `  - id: p${p + 1}`,
            `    name: ${names[p % names.length]}`,
            '    goals: [Find something that works]',
          ]).flat(),
        ]
      : ['persona:', `  name: ${names[0]}`, '  goals: [Find something that works]'];
  const lines = [
    `title: ${quote(`${lang === 'zh' ? '基準測試旅程' : 'Benchmark journey'} (${touchpoints})`)}`,
    `locale: ${lang === 'zh' ? 'zh-Hant' : 'en'}`,
    ...who,
    'stages:',
  ];
  const perStage = Math.ceil(touchpoints / 5);
  let made = 0;
  for (let s = 0; s < 5 && made < touchpoints; s += 1) {
    lines.push(`  - id: stage-${s + 1}`, `    name: ${quote(t.stages[s])}`, '    touchpoints:');
    for (let i = 0; i < perStage && made < touchpoints; i += 1, made += 1) {
      const scores = [1, 0, -1, -2, -1, 0, 2, 1, -2, 1];
      const emotion = scores[made % 10];
      const each = (f) => `{${Array.from({ length: personas }, (_, p) => `p${p + 1}: ${f(p)}`).join(', ')}}`;
      lines.push(
        `      - name: ${quote(`${t.names[made % t.names.length]} ${made + 1}`)}`,
        `        channel: ${['instagram', 'website', 'line', 'store', 'e-mail'][made % 5]}`,
        `        action: ${quote(t.action)}`,
        `        thought: ${personas > 1 && perPersonaThoughts ? each((p) => quote(`${t.thought} ${p + 1}`)) : quote(t.thought)}`,
        `        emotion: ${personas > 1 ? each((p) => scores[(made + p * 3) % 10]) : emotion}`,
      );
      if (emotion < 0) lines.push(`        pains: ${JSON.stringify(t.pains)}`, `        opportunities: ${JSON.stringify(t.opportunities)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
