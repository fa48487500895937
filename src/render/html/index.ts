// HTML output: one self-contained, interactive page per journey (see page.ts for its parts).
import { renderSvg } from '../svg/index.js';
import { renderPage, type HtmlInput } from './page.js';

export type { HtmlInput } from './page.js';

export function renderHtml(input: HtmlInput): string {
  return renderPage(input, renderSvg);
}
