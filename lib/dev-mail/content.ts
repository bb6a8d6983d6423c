export type TextSegment = { type: 'text'; value: string } | { type: 'link'; href: string };

// Stops at whitespace and characters that cannot be part of a URL in running text.
const URL_PATTERN = /https?:\/\/[^\s<>"'\]]+/g;

const count = (s: string, ch: string) => s.split(ch).length - 1;

// Sentence punctuation after a URL is not part of it; a ")" only when the URL did not open one.
function trimUrl(url: string): string {
  let out = url;
  for (;;) {
    const ch = out.at(-1) ?? '';
    if ('.,;:!?'.includes(ch) && ch) out = out.slice(0, -1);
    else if (ch === ')' && count(out, '(') < count(out, ')')) out = out.slice(0, -1);
    else return out;
  }
}

/** Splits plain text into text and http(s) link segments, so the magic link in a captured mail can be clicked. */
export function linkifyText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = trimUrl(match[0]);
    if (match.index > last) segments.push({ type: 'text', value: text.slice(last, match.index) });
    segments.push({ type: 'link', href });
    last = match.index + href.length;
  }
  if (last < text.length) segments.push({ type: 'text', value: text.slice(last) });
  return segments;
}

/** "12,3 kB" style size for attachment lists. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
