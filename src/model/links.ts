// Links in a map (an opportunity's `link`, a source's `link`): which may become clickable, and how
// they read as text. Only http: and https: addresses are ever turned into links; anything else
// (javascript:, data:, a relative path) stays text wherever it is shown.

/** The address to link to, normalised by the URL parser, when `link` is an absolute http(s) address; else undefined. */
export function webLink(link: string | undefined): string | undefined {
  if (link === undefined || !/^https?:\/\/\S+$/i.test(link)) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** How a link reads on a map: without the scheme, `www.` and a final slash (`example.com/report`). */
export function shortLink(link: string): string {
  if (webLink(link) === undefined) return link;
  return link
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}
