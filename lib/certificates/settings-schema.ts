import { z } from 'zod';
import { fill, type Locale } from '@/lib/i18n/config';
import { certificateSettings } from '@/lib/i18n/de/certificate-settings';
import { CERTIFICATE_PLACEHOLDERS, certificatePlaceholders } from './placeholders';

// The one schema of the certificate settings form, shared by the react-hook-form resolver, the action and the
// service. Like the editor's schemas it reports German text from the dictionary (the same on server and client);
// `localizeCertificateMessage` turns it into the editor's language.

const msg = certificateSettings.validation;

export const CERTIFICATE_TITLE_MAX = 200;
export const CERTIFICATE_BODY_MAX = 2_000;
export const CERTIFICATE_LINE_MAX = 200;
export const MIN_CERTIFICATE_MINUTES = 15;
export const MAX_CERTIFICATE_MINUTES = 100 * 60;
/** "500 kB" for a signature image, as file managers count it (KiB); checked in the browser and by the service. */
export const MAX_SIGNATURE_BYTES = 500 * 1024;
export const HOURS_MODES = ['fixed', 'sessions'] as const;

type PlaceholderKey = (typeof CERTIFICATE_PLACEHOLDERS)[keyof typeof CERTIFICATE_PLACEHOLDERS];

/** Each value's placeholder names in table order: the German name comes first, the English one last. */
function namesPerLocale(): Record<Locale, string[]> {
  const byKey = new Map<PlaceholderKey, string[]>();
  for (const [name, key] of Object.entries(CERTIFICATE_PLACEHOLDERS)) byKey.set(key, [...(byKey.get(key) ?? []), name]);
  const keys = [...byKey.values()];
  return { de: keys.map((names) => names[0]!), en: keys.map((names) => names.at(-1)!) };
}

/** The placeholders an organizer is shown in each language, e.g. `{veranstaltung}` / `{event}` (both are accepted). */
export const CERTIFICATE_PLACEHOLDER_NAMES: Record<Locale, string[]> = namesPerLocale();

/** "{name}, {veranstaltung}, …" for the refusal of an unknown placeholder. */
export const allowedPlaceholderList = (locale: Locale) =>
  CERTIFICATE_PLACEHOLDER_NAMES[locale].map((n) => `{${n}}`).join(', ');

const NAME_TOKEN = /\{name\}/g;
const HAS_NAME = /\{name\}/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

function knownPlaceholders(value: string, ctx: z.RefinementCtx) {
  const unknown = certificatePlaceholders.unknown(value);
  if (unknown.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: fill(msg.unknownPlaceholder, {
        unknown: unknown.map((n) => `{${n}}`).join(', '),
        allowed: allowedPlaceholderList('de'),
      }),
    });
}

const maxChars = (max: number) => fill(msg.tooLong, { max });

/** One line of text (title, names, functions): trimmed, no line breaks. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, maxChars(max))
    .refine((v) => !LINE_BREAK.test(v) && !CONTROL.test(v), msg.singleLine)
    .prefault('');

const title = line(CERTIFICATE_TITLE_MAX)
  .superRefine(knownPlaceholders)
  // The name is printed once, in the body; a title with the name would print it twice.
  .refine((v) => !HAS_NAME.test(v), msg.nameInTitle);

// Empty means the default wording, which names the person itself; an own text must name them exactly once.
const body = z
  .string()
  .transform((v) => v.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .max(CERTIFICATE_BODY_MAX, maxChars(CERTIFICATE_BODY_MAX))
      .refine((v) => !CONTROL.test(v), msg.controlCharacters)
      .superRefine(knownPlaceholders)
      .superRefine((v, ctx) => {
        const count = v.match(NAME_TOKEN)?.length ?? 0;
        if (v && count === 0) ctx.addIssue({ code: 'custom', message: msg.nameMissing });
        if (count > 1) ctx.addIssue({ code: 'custom', message: msg.nameTwice });
      }),
  )
  .prefault('');

/** "7,5" (or "7.5") hours as whole minutes; null for an empty input; a refusal text for anything else. */
export function parseHours(input: string): number | null | { error: string } {
  const text = input.trim();
  if (!text) return null;
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(text)) return { error: msg.hoursFormat };
  const minutes = Math.round(Number(text.replace(',', '.')) * 60);
  if (minutes < MIN_CERTIFICATE_MINUTES || minutes > MAX_CERTIFICATE_MINUTES) return { error: msg.hoursRange };
  return minutes;
}

/** Minutes as the hours input shows them: 450 → "7,5" (German) or "7.5" (English). */
export function formatHours(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(minutes / 60);
}

const fields = z.object({
  enabled: z.boolean().prefault(false),
  titleDe: title,
  titleEn: title,
  bodyDe: body,
  bodyEn: body,
  signatoryName: line(CERTIFICATE_LINE_MAX),
  signatoryFunctionDe: line(CERTIFICATE_LINE_MAX),
  signatoryFunctionEn: line(CERTIFICATE_LINE_MAX),
  hoursMode: z.enum(HOURS_MODES, { error: msg.hoursMode }).prefault('fixed'),
  fixedHours: z.string().max(20, msg.hoursFormat).prefault(''),
});

/**
 * The certificate settings as the form sends them, to what is stored: the hours become `fixedMinutes`. They are
 * required once certificates are on, in both modes, because counting from sessions falls back to them.
 */
export const certificateSettingsSchema = fields.transform((values, ctx) => {
  const { fixedHours, ...rest } = values;
  const hours = parseHours(fixedHours);
  if (hours && typeof hours === 'object') {
    ctx.addIssue({ code: 'custom', path: ['fixedHours'], message: hours.error });
    return z.NEVER;
  }
  if (hours === null && values.enabled) {
    ctx.addIssue({ code: 'custom', path: ['fixedHours'], message: msg.hoursRequired });
    return z.NEVER;
  }
  return { ...rest, fixedMinutes: hours };
});

export type CertificateSettingsValues = z.input<typeof certificateSettingsSchema>;
export type CertificateSettingsInput = z.output<typeof certificateSettingsSchema>;

/** The form's field values, all present (react-hook-form's defaults). */
export type CertificateSettingsFormValues = Required<CertificateSettingsValues>;

type Messages = typeof msg;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = (Object.keys(msg) as (keyof Messages)[]).map((key) => ({
  key,
  pattern: new RegExp(
    `^${escapeRegExp(msg[key]).replace(/\\\{(\w+)\\\}/g, (_, name: string) => `(?<${name}>[\\s\\S]+?)`)}$`,
  ),
}));

/**
 * A refusal of this schema (or of the signature upload) in the editor's language; any other text stays as it is.
 * The list of valid placeholders is given with the names of that language.
 */
export function localizeCertificateMessage(
  message: string | undefined,
  text: Messages,
  locale: Locale,
): string | undefined {
  if (!message) return message;
  for (const { key, pattern } of PATTERNS) {
    const match = message.match(pattern);
    if (!match) continue;
    const values: Record<string, string> = { ...match.groups };
    if (key === 'unknownPlaceholder') values.allowed = allowedPlaceholderList(locale);
    return fill(text[key], values);
  }
  return message;
}
