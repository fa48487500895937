// How messages quote what the user wrote: short, escaped (no raw control characters reach a
// terminal), and in YAML's own spelling for the numbers YAML has special words for.
const MAX_SHOWN = 40;

/** A user string in double quotes, control characters escaped, cut to a readable length. */
export function quoted(text: string): string {
  const chars = [...text];
  const cut = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
  return JSON.stringify(cut);
}

/** Any parsed value as a message shows it after "got": "high", 7, .inf, nothing, a list, a mapping. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return shortList(value) ?? 'a list';
  return 'a mapping';
}

/** `[1, 2]` for a short list of numbers (emotionScale), undefined otherwise. */
function shortList(value: unknown[]): string | undefined {
  if (value.length > 4 || !value.every((v) => typeof v === 'number')) return undefined;
  return `[${value.map((v) => shown(v)).join(', ')}]`;
}
