// The Mermaid `journey` diagrams in a file: the whole file, or each ```mermaid fence of a Markdown file.
export interface MermaidBlock {
  text: string;
  /** Line of the file (1-based) that the block's first line is. */
  firstLine: number;
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})\s*mermaid\s*$/i;

/** Fenced ```mermaid blocks whose diagram is a `journey` (other diagram types are skipped). */
export function markdownJourneyBlocks(markdown: string): MermaidBlock[] {
  const lines = markdown.split(/\r\n?|\n/);
  const blocks: MermaidBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[2] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    // A fence closes with at least as many of the same characters (CommonMark); an unclosed one runs to the end.
    while (j < lines.length && !new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lines[j] ?? '')) body.push(lines[j++] ?? '');
    if (isJourney(body)) blocks.push({ text: body.join('\n'), firstLine: i + 2 });
    i = j;
  }
  return blocks;
}

/** True when the first statement (after front matter, directives and comments) is `journey`. */
function isJourney(lines: readonly string[]): boolean {
  let inFrontMatter = false;
  for (const [n, raw] of lines.entries()) {
    const line = raw.trim();
    if (n === 0 && line === '---') {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (line === '---') inFrontMatter = false;
      continue;
    }
    if (line === '' || line.startsWith('%%')) continue;
    return /^journey\b/i.test(line);
  }
  return false;
}
