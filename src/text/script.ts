// Which writing system a text is in, as far as typography cares: CJK scripts have no italic, so
// text in them is set off by quotation marks and colour instead of a slant.

/** Han, Hiragana, Katakana, Hangul and Bopomofo: scripts whose typography never slants. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

/** True when `text` holds at least one CJK character (a mixed line is not slanted either). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
