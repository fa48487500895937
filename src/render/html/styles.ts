// The page stylesheet. Page chrome colours live in two small palettes (checked for WCAG AA by a
// test); the map keeps the colours its own theme's scene was laid out with.

export type PageMode = 'auto' | 'light' | 'dark';

export interface Palette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  neg: string;
  pos: string;
  focus: string;
  badgeBg: string;
  badgeFg: string;
  stageBg: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    bg: '#f6f7f9',
    surface: '#ffffff',
    text: '#1f2937',
    muted: '#4b5563',
    border: '#d1d5db',
    accent: '#1d4ed8',
    neg: '#b91c1c',
    pos: '#047857',
    focus: '#1d4ed8',
    badgeBg: '#fee2e2',
    badgeFg: '#991b1b',
    stageBg: '#eef2ff',
  },
  dark: {
    bg: '#0f172a',
    surface: '#1e293b',
    text: '#e5e7eb',
    muted: '#b6c0cf',
    border: '#475569',
    accent: '#93c5fd',
    neg: '#fca5a5',
    pos: '#6ee7b7',
    focus: '#fbbf24',
    badgeBg: '#7f1d1d',
    badgeFg: '#fee2e2',
    stageBg: '#312e81',
  },
};

const HEX = /^#[0-9a-fA-F]{6}$/;
const safeColor = (c: string, fallback: string): string => (HEX.test(c) ? c : fallback);
// The font stack comes from the layout theme; keep only characters a CSS font list needs.
const safeFonts = (f: string): string => f.replace(/[^\p{L}\p{N} ,'"_-]/gu, '') || 'sans-serif';

function vars(p: Palette, mapBg: string, scheme: 'light' | 'dark'): string {
  return (
    `color-scheme:${scheme};--bg:${p.bg};--surface:${p.surface};--text:${p.text};--muted:${p.muted};--border:${p.border};` +
    `--accent:${p.accent};--neg:${p.neg};--pos:${p.pos};--focus:${p.focus};--badge-bg:${p.badgeBg};--badge-fg:${p.badgeFg};` +
    `--stage-bg:${p.stageBg};--map-bg:${safeColor(mapBg, p.surface)}`
  );
}

export interface StyleInput {
  mode: PageMode;
  /** Natural width of the map in CSS px (zoom 100%). */
  mapWidth: number;
  fontFamily: string;
  mapBackground: { light: string; dark: string };
}

// Reflow (WCAG 1.4.10): at 320 px no page scrolls sideways. `overflow-wrap:anywhere` lets a long
// URL or unbroken word wrap in the page's own text (and, unlike break-word, shrinks flex items and
// table cells too); only the map and the table, which are 2-D, scroll inside their own containers.
export function pageCss(input: StyleInput): string {
  const light = `:root{${vars(PALETTES.light, input.mapBackground.light, 'light')}}`;
  const dark = `:root{${vars(PALETTES.dark, input.mapBackground.dark, 'dark')}}`;
  const themes =
    input.mode === 'light'
      ? light
      : input.mode === 'dark'
        ? dark
        : `${light}\n@media (prefers-color-scheme:dark){${dark}#cjm-maps>.cjm-map-light{visibility:hidden}#cjm-maps>.cjm-map-dark{visibility:visible}}`;
  return `${themes}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.6 ${safeFonts(input.fontFamily)};overflow-wrap:anywhere}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.cjm-skip{position:absolute;left:-9999px;top:0}
.cjm-skip:focus{left:1rem;top:1rem;z-index:20;background:var(--surface);padding:.5rem 1rem}
header,main>section{padding:1rem 2rem}
header{padding-top:1.75rem}
h1{font-size:1.8rem;line-height:1.3;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:0 0 .75rem}
h3{font-size:1rem;margin:0}
.cjm-meta{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 .5rem;padding:0;list-style:none}
.cjm-meta li{background:var(--surface);border:1px solid var(--border);border-radius:1rem;padding:.1rem .75rem;font-size:.9rem}
.cjm-summary{color:var(--muted);max-width:70rem;margin:0}
.cjm-muted{color:var(--muted)}
.cjm-persona{display:flex;gap:1rem;background:var(--surface);border:1px solid var(--border);border-radius:14px;padding:1rem 1.25rem;max-width:60rem}
.cjm-avatar{flex:none;width:3.5rem;height:3.5rem;border-radius:50%;background:var(--accent);color:var(--surface);display:grid;place-items:center;font-size:1.5rem;font-weight:700}
.cjm-avatar-photo{object-fit:cover}
.cjm-persona p{margin:.15rem 0}
.cjm-persona-name{font-weight:700;font-size:1.1rem}
.cjm-persona blockquote{margin:.4rem 0;font-style:italic;color:var(--muted)}
.cjm-persona blockquote:is(:lang(zh),:lang(ja),:lang(ko)){font-style:normal}
.cjm-persona-lists{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin-top:.4rem}
.cjm-persona-lists h3{font-size:.9rem;color:var(--muted)}
.cjm-persona ul,.cjm-details ul,.cjm-table ul,.cjm-valleys ul{margin:0;padding-left:1.2em}
.cjm-toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:0 0 .5rem}
.cjm-toolbar button{font:inherit;color:var(--text);background:var(--surface);border:1px solid var(--border);border-radius:8px;padding:.2rem .7rem;cursor:pointer;min-width:2.25rem}
.cjm-toolbar output{min-width:4ch;text-align:center}
.cjm-series-toggle{margin:0 0 .5rem}
body:has(#cjm-show-baseline:not(:checked)) #cjm-maps :is([data-series=baseline],.cjm-delta,.cjm-new-mark,.cjm-valley-closed,.cjm-stage-average,.cjm-dropped-note){display:none}
.cjm-hint{color:var(--muted);font-size:.9rem;margin:0 0 .5rem}
.cjm-scroll{overflow:auto;max-height:calc(100vh - 5rem);background:var(--map-bg);border:1px solid var(--border);border-radius:12px}
#cjm-maps{display:grid;width:max-content;--cjm-w:${Math.max(1, Math.round(input.mapWidth))}px}
#cjm-maps>figure{grid-area:1/1;margin:0}
#cjm-maps svg{display:block;width:calc(var(--cjm-w) * var(--cjm-zoom, 1));height:auto}
.cjm-map-dark{visibility:hidden}
g[data-touchpoint]{cursor:pointer}
g[data-touchpoint]:focus{outline:none}
g[data-touchpoint]:focus-visible,g[data-touchpoint].cjm-active{outline:3px solid var(--focus);outline-offset:3px}
.cjm-details{position:fixed;left:.5rem;top:.5rem;z-index:10;width:min(25rem,calc(100vw - 1rem));max-height:calc(100vh - 1rem);overflow:auto;background:var(--surface);color:var(--text);border:1px solid var(--border);border-radius:12px;box-shadow:0 12px 32px rgba(0,0,0,.3);padding:.9rem 1.1rem}
.cjm-details[hidden],.cjm-details article[hidden]{display:none}
.cjm-close{float:right;font:inherit;font-size:1.3rem;line-height:1;background:none;border:0;color:var(--muted);cursor:pointer;padding:.1rem .4rem}
.cjm-kicker{margin:0;color:var(--muted);font-size:.85rem}
.cjm-details h3{font-size:1.1rem;margin:0 0 .4rem}
.cjm-details dl{margin:0}
.cjm-details dl>div{margin:.45rem 0}
.cjm-details dt{font-weight:700;font-size:.82rem;color:var(--muted)}
.cjm-details dd{margin:0}
.cjm-f-pains li,.cjm-pains li{color:var(--neg)}
.cjm-items{margin:0;padding-left:1.2em}
.cjm-item{margin:.15rem 0;border-radius:4px}
.cjm-item-meta,.cjm-item-rel{display:block;font-size:.82rem;color:var(--muted)}
.cjm-tag{font-weight:700}
.cjm-sev-high>.cjm-item-text{font-weight:700}
.cjm-sev-high .cjm-tag,.cjm-c-pains .cjm-tag,.cjm-f-pains .cjm-tag{color:var(--neg)}
.cjm-items>.cjm-sev-low,.cjm-status-done>.cjm-item-text{color:var(--muted)}
.cjm-status-done .cjm-tag{color:var(--pos)}
.cjm-items>.cjm-sev-low .cjm-tag{color:var(--muted)}
.cjm-cite{font-size:.72em;line-height:0;margin-left:.1em}
.cjm-cite a{text-decoration:none;padding:0 .1em}
.cjm-item.cjm-linked{background:var(--stage-bg);outline:2px solid var(--focus);outline-offset:1px}
#cjm-maps g.cjm-linked>rect{stroke:var(--focus);stroke-width:3px}
.cjm-sources,.cjm-source-list{list-style:none;margin:0;padding:0}
.cjm-sources>li,.cjm-source-list>li{margin:.3rem 0}
.cjm-sources>li:target{background:var(--stage-bg)}
.cjm-source-n{display:inline-block;min-width:1.4em;font-weight:700;color:var(--muted)}
.cjm-source-title{font-weight:700}
.cjm-score{font-weight:700;font-variant-numeric:tabular-nums}
.cjm-neg{color:var(--neg)}
.cjm-pos{color:var(--pos)}
.cjm-badge{display:inline-block;background:var(--badge-bg);color:var(--badge-fg);border-radius:999px;padding:0 .55rem;font-size:.8rem;font-weight:700}
.cjm-valleys{padding-left:1.4rem;margin:0}
.cjm-valleys>li{margin:.35rem 0}
.cjm-table-wrap{overflow:auto;background:var(--surface);border:1px solid var(--border);border-radius:12px}
.cjm-table{border-collapse:collapse;min-width:100%;font-size:.92rem}
.cjm-table caption{text-align:left;padding:.6rem .8rem;color:var(--muted)}
.cjm-table th,.cjm-table td{text-align:left;vertical-align:top;padding:.45rem .7rem;border-top:1px solid var(--border);min-width:8rem}
.cjm-table thead th{position:sticky;top:0;background:var(--surface)}
.cjm-stage-row th{background:var(--stage-bg)}
.cjm-stage-description{margin:.2rem 0 0;font-weight:400;white-space:pre-line;max-width:60rem}
.cjm-table th[scope=row]{min-width:11rem}
.cjm-c-description,.cjm-c-action,.cjm-c-thought,.cjm-c-pains,.cjm-c-opportunities,.cjm-c-physicalEvidence,.cjm-c-frontstage,.cjm-c-backstage,.cjm-c-support,.cjm-c-evidence,[class^="cjm-c-lane-"]{min-width:16rem!important}
.cjm-nowrap{white-space:nowrap}
@media (max-width:40rem){header,main>section{padding:.75rem 1rem}.cjm-details{left:.5rem!important;right:.5rem;top:auto!important;bottom:.5rem;width:auto;max-height:60vh}}
@media print{
@page{size:landscape;margin:8mm}
${light}
body{background:#fff}
.cjm-persona-section,.cjm-toolbar,.cjm-series-toggle,.cjm-hint,.cjm-details,.cjm-skip,.cjm-summary{display:none!important}
header{padding:0 0 2mm}
.cjm-map-section{padding:0;break-after:page}
.cjm-map-section h2{position:absolute;left:-9999px}
.cjm-scroll{overflow:visible;max-height:none;border:0;border-radius:0}
#cjm-maps{width:100%}
#cjm-maps svg{width:100%;height:auto;max-height:170mm}
#cjm-maps>.cjm-map-light{visibility:visible}
#cjm-maps>.cjm-map-dark{display:none}
.cjm-table thead th{position:static}
.cjm-table{font-size:8pt;min-width:0;width:100%}
.cjm-table th,.cjm-table td{min-width:0!important;padding:.2rem .35rem}
.cjm-table-wrap{overflow:visible}
}`;
}
