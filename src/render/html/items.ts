// Pains, opportunities and sources on the page, with everything the map abbreviates: severity,
// status, owner, the pains an opportunity answers (and the other way round), the link, and the
// sources as footnotes. Only http(s) links become <a>; anything else stays escaped text.
import type { Labels } from '../../i18n/labels.js';
import type { Journey, Opportunity, Pain, Source } from '../../model/journey.js';
import { citedNumbers, sourceNumbers } from '../../model/evidence.js';
import { shortLink, webLink } from '../../model/links.js';
import { labelled } from '../../layout/context.js';
import { sourceFacts } from '../../layout/sources.js';
import { esc } from './escape.js';
import { OPPORTUNITY_STATUSES, SEVERITIES } from '../../model/schema.js';

/** What the page needs to write an item: the map (its pains, opportunities and sources) and its words. */
export interface PageContext {
  journey: Journey;
  labels: Labels;
}

/** The anchor of a source in the page's Sources section. */
export const sourceAnchor = (sourceId: string): string => `cjm-src-${sourceId}`;

/** An http(s) link as <a> (a new tab, no opener, no referrer); anything else as plain text. */
export function linkMarkup(link: string): string {
  const href = webLink(link);
  if (href === undefined) return `<span class="cjm-link-text">${esc(link)}</span>`;
  return `<a href="${esc(href)}" rel="noopener noreferrer" target="_blank">${esc(shortLink(link))}</a>`;
}

/** Footnote markers: each number links to its source in the Sources section. */
export function citeMarkup(evidence: readonly string[], page: PageContext): string {
  const numbers = citedNumbers(evidence, sourceNumbers(page.journey));
  if (numbers.length === 0) return '';
  const links = numbers.map((n) => {
    const source = page.journey.sources[n - 1]!;
    return `<a href="#${esc(sourceAnchor(source.id))}" title="${esc(source.title ?? source.id)}">${n}</a>`;
  });
  return `<sup class="cjm-cite">${links.join(',')}</sup>`;
}

function allItems(journey: Journey): { pains: Pain[]; opportunities: Opportunity[] } {
  const pains: Pain[] = [];
  const opportunities: Opportunity[] = [];
  for (const stage of journey.stages) {
    for (const items of [stage.pains, ...stage.touchpoints.map((t) => t.pains)]) for (const p of items) pains.push(p);
    for (const items of [stage.opportunities, ...stage.touchpoints.map((t) => t.opportunities)]) for (const o of items) opportunities.push(o);
  }
  return { pains, opportunities };
}

const meta = (parts: readonly string[]): string =>
  parts.length ? ` <span class="cjm-item-meta">${parts.join(' <span aria-hidden="true">·</span> ')}</span>` : '';
const texts = (label: string, list: readonly string[], locale: string): string =>
  list.length ? `<span class="cjm-item-rel">${esc(labelled(locale, label, list.join(' / ')))}</span>` : '';

/**
 * A pain or opportunity as a list item. Items the map links (a pain with an id, an opportunity
 * naming pains) carry those ids for the page script and take keyboard focus, which highlights them.
 */
function item(kind: 'pain' | 'opportunity', x: Pain | Opportunity, page: PageContext, all: ReturnType<typeof allItems>): string {
  const { labels, journey } = page;
  const locale = journey.locale;
  const attrs: string[] = [];
  const classes = ['cjm-item'];
  const parts: string[] = [];
  let related = '';
  if (kind === 'pain') {
    const pain = x as Pain;
    // Only a known word becomes a class: the model promises one, the page does not rely on it.
    if (pain.severity && SEVERITIES.includes(pain.severity)) {
      classes.push(`cjm-sev-${pain.severity}`);
      parts.push(`<span class="cjm-tag">${esc(labelled(locale, labels.items.severity, labels.items.severities[pain.severity]))}</span>`);
    }
    if (pain.id !== undefined) {
      const answers = all.opportunities.filter((o) => o.addresses.includes(pain.id!));
      attrs.push(`data-pain="${esc(pain.id)}"`);
      if (answers.length) attrs.push('tabindex="0"');
      related = texts(
        labels.items.addressedBy,
        answers.map((o) => o.text),
        locale,
      );
    }
  } else {
    const o = x as Opportunity;
    if (o.status && OPPORTUNITY_STATUSES.includes(o.status)) {
      classes.push(`cjm-status-${o.status}`);
      parts.push(`<span class="cjm-tag">${o.status === 'done' ? '✓ ' : ''}${esc(labels.items.statuses[o.status])}</span>`);
    }
    if (o.owner !== undefined) parts.push(esc(labelled(locale, labels.lanes.owner, o.owner)));
    if (o.link !== undefined) parts.push(`${esc(labelled(locale, labels.items.link, ''))}${linkMarkup(o.link)}`);
    if (o.addresses.length) {
      if (o.id !== undefined) attrs.push(`data-opportunity="${esc(o.id)}"`);
      attrs.push(`data-addresses="${esc(o.addresses.join(' '))}"`, 'tabindex="0"');
      related = texts(
        labels.items.addresses,
        o.addresses.flatMap((id) => all.pains.filter((p) => p.id === id).map((p) => p.text)),
        locale,
      );
    }
  }
  return `<li class="${classes.join(' ')}"${attrs.map((a) => ` ${a}`).join('')}><span class="cjm-item-text">${esc(x.text)}</span>${citeMarkup(x.evidence, page)}${meta(parts)}${related}</li>`;
}

/** Pains or opportunities as a list, with their weight. */
export function itemsMarkup(kind: 'pain' | 'opportunity', list: readonly (Pain | Opportunity)[], page: PageContext): string {
  const all = allItems(page.journey);
  return `<ul class="cjm-items">${list.map((x) => item(kind, x, page, all)).join('')}</ul>`;
}

/** One source in full: number, title, kind, size, date and link. */
export function sourceMarkup(source: Source, page: PageContext): string {
  const n = sourceNumbers(page.journey).get(source.id) ?? 0;
  const { link, ...withoutLink } = source;
  const facts = sourceFacts(page, withoutLink);
  return (
    `<span class="cjm-source-n">${n}</span> <span class="cjm-source-title">${esc(source.title ?? source.id)}</span>` +
    (facts ? ` <span class="cjm-muted">· ${esc(facts)}</span>` : '') +
    (link !== undefined ? ` <span class="cjm-muted">·</span> ${linkMarkup(link)}` : '')
  );
}

/** The sources a list of evidence cites, in full. */
export function sourcesMarkup(sources: readonly Source[], page: PageContext): string {
  return `<ul class="cjm-source-list">${sources.map((s) => `<li>${sourceMarkup(s, page)}</li>`).join('')}</ul>`;
}

/** The page's Sources section: every source, numbered as on the map; nothing when the map has none. */
export function renderSources(page: PageContext): string {
  const { journey, labels } = page;
  if (journey.sources.length === 0) return '';
  const items = journey.sources.map((s) => `<li id="${esc(sourceAnchor(s.id))}">${sourceMarkup(s, page)}</li>`).join('');
  return `<section aria-labelledby="cjm-h-sources"><h2 id="cjm-h-sources">${esc(labels.sources.title)}</h2><ol class="cjm-sources">${items}</ol></section>`;
}
