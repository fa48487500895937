// Escaping for every piece of user text the page holds. The page is HTML (not XML), so text and
// attribute values need only these five characters replaced; quotes are escaped in text too, so
// the same function is safe in either position and nobody has to pick the right one.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A BCP 47 tag safe for `lang`; anything else falls back so a hostile locale never reaches markup. */
export function langTag(locale: string, fallback = 'en'): string {
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(locale) ? locale : fallback;
}
