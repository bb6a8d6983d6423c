// Organizer-editable mail texts: a small, documented set of placeholders and a very small Markdown (**bold**,
// [text](https://…)). Nothing an organizer types becomes HTML: the body is parsed into segments first and only then
// are the placeholders filled in as plain text, so a name like "**x**" or "[a](b)" stays literal.

import { definePlaceholders } from '@/lib/text/placeholders';

/** Accepted placeholders, German and English names, and the value each stands for. */
export const PLACEHOLDERS = {
  vorname: 'firstName',
  firstName: 'firstName',
  nachname: 'lastName',
  lastName: 'lastName',
  veranstaltung: 'event',
  event: 'event',
  datum: 'date',
  date: 'date',
  ort: 'venue',
  venue: 'venue',
  link: 'link',
} as const satisfies Record<string, string>;

export type PlaceholderKey = (typeof PLACEHOLDERS)[keyof typeof PLACEHOLDERS];
export type PlaceholderValues = Record<PlaceholderKey, string>;

const placeholders = definePlaceholders(PLACEHOLDERS);

/** Every `{name}` in the text that is not a known placeholder, once each, in order of appearance. */
export const unknownPlaceholders = placeholders.unknown;

/** Replaces the known placeholders with their values; values are inserted as they are, never re-parsed. */
export const fillPlaceholders = placeholders.fill;

export type Segment =
  | { type: 'text'; value: string }
  | { type: 'bold'; value: string }
  | { type: 'link'; text: string; href: string };

const MARKUP = /\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

// Only web links, or the personal manage link through {link}; anything else (javascript:, mailto:) stays text.
function linkTarget(href: string, values: PlaceholderValues): string | null {
  if (href === '{link}') return values.link;
  return /^https?:\/\/[^\s]+$/i.test(href) ? href : null;
}

/** One line of a body template as segments, with placeholders filled in after the markup was read. */
export function parseLine(line: string, values: PlaceholderValues): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of line.matchAll(MARKUP)) {
    if (m.index > last) out.push({ type: 'text', value: fillPlaceholders(line.slice(last, m.index), values) });
    if (m[1] !== undefined) out.push({ type: 'bold', value: fillPlaceholders(m[1], values) });
    else {
      const href = linkTarget(m[3] ?? '', values);
      const text = fillPlaceholders(m[2] ?? '', values);
      out.push(href ? { type: 'link', text, href } : { type: 'text', value: fillPlaceholders(m[0], values) });
    }
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ type: 'text', value: fillPlaceholders(line.slice(last), values) });
  return out;
}

/** Paragraphs (blank line) of lines (newline) of segments. */
export function parseBody(body: string, values: PlaceholderValues): Segment[][][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('\n').map((line) => parseLine(line, values)));
}

/** The plain-text form of a parsed body: bold without markers, links as "text (url)". */
export function bodyToText(paragraphs: Segment[][][]): string {
  const segment = (s: Segment) => (s.type === 'link' ? `${s.text} (${s.href})` : s.value);
  return paragraphs.map((lines) => lines.map((line) => line.map(segment).join('')).join('\n')).join('\n\n');
}
