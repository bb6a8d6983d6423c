// The one text rule for everything a person types that others will read (names, organisation, answers, walk-ins,
// message subjects). No zod here: the registration form ships this to the browser, and both zod flavours wrap it
// (lib/text/schema.ts for zod/mini, `normalizedText` below for classic zod).

/** `characters` when the text holds something no person-facing text may hold; `required` when nothing visible. */
export type TextProblem = 'characters' | 'required';

export interface TextRule {
  /** Line breaks (and tabs) are content in multi-line fields such as long answers and message bodies. */
  multiline?: boolean;
}

// C0 and C1 controls and DEL (NUL included, which PostgreSQL cannot store); U+2028/2029 break lines in some clients.
const CONTROLS_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROLS_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
// Bidi embeddings, overrides and isolates reorder what surrounds them (the "Trojan source" trick).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
// Zero-width space, word joiner, Mongolian vowel separator and BOM hide text. ZWNJ/ZWJ only where they join two
// visible characters: Persian and Indic names and emoji sequences need them.
const ZERO_WIDTH = /[\u200b\u2060\u180e\ufeff]/;
const LONE_JOINER = /(?<![^\s\u200c\u200d])[\u200c\u200d]|[\u200c\u200d](?![^\s\u200c\u200d])/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Something a reader can see: not space, not a control or format character, not a combining mark on its own, not a
// blank that looks like a letter (Hangul fillers, the blank Braille pattern).
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;

/** Canonical form before any check: NFC, one line-break convention, no surrounding space. */
export function normalizeText(value: string, rule: TextRule = {}): string {
  // Lone surrogates survive normalize() unchanged, so the check below still sees them.
  const text = rule.multiline ? value.replace(/\r\n?/g, '\n') : value;
  return text.normalize('NFC').trim();
}

/** What is wrong with an already normalised text, if anything; an empty text is the caller's business. */
export function textProblem(value: string, rule: TextRule = {}): TextProblem | null {
  if ((rule.multiline ? CONTROLS_MULTI : CONTROLS_SINGLE).test(value)) return 'characters';
  if (BIDI.test(value) || ZERO_WIDTH.test(value) || LONE_JOINER.test(value) || LONE_SURROGATE.test(value))
    return 'characters';
  if (value !== '' && !VISIBLE.test(value)) return 'required';
  return null;
}
