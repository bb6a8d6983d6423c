// Sample data of the certificate editor's previews: the live HTML sheet (client) and the PDF preview (server) fill
// the same wording with the same placeholders helper and the same fallback rule as real certificates.
import { EVENT_TIME_ZONE } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { CertificateDocumentInput, CertificateImage } from './document';
import { type CertificatePlaceholderValues, certificatePlaceholders } from './placeholders';
import { type CertificateSettingsFormValues, formatHours } from './settings-schema';
import { type CertificateWording, certificateTexts, EMPTY_CERTIFICATE_WORDING } from './settings-text';

/** The sample holder, with form of address and academic title as certificates print them. */
export const SAMPLE_HOLDER: Record<Locale, string> = {
  de: 'Frau Prof. Dr. Anna Großmann',
  en: 'Ms Prof. Dr. Anna Großmann',
};

/** The id printed on previews; no real certificate has it. */
export const SAMPLE_CERTIFICATE_ID = 'MUSTER-0000';

/** Hours shown while the hours input is empty or invalid. */
export const SAMPLE_MINUTES = 450;

/** What the previews take from the event itself. */
export interface CertificateSampleEvent {
  title: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  /** A few programme titles per language (English falls back to German), or none. */
  sessions: Record<Locale, string[]>;
}

/** "12. März 2027", or "12.–13. März 2027" over several days: the PDF's format (`formatCertificateDates`). */
export function certificateDate(startsAt: Date, endsAt: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  }).formatRange(startsAt, endsAt);
}

/** The sample holder's sessions: the event's own programme, or the dictionary's comma-separated examples. */
export function sampleSessions(event: CertificateSampleEvent, locale: Locale, fallback: string): string[] {
  return event.sessions[locale].length > 0 ? event.sessions[locale] : fallback.split(', ');
}

/** The placeholder values of the sample holder at this event. */
export function certificateSampleValues(
  event: CertificateSampleEvent,
  locale: Locale,
  minutes: number | null,
  fallbackSessions: string,
): CertificatePlaceholderValues {
  return {
    name: SAMPLE_HOLDER[locale],
    event: (locale === 'en' && event.titleEn) || event.title,
    date: certificateDate(event.startsAt, event.endsAt, locale),
    venue: event.venueName ?? '',
    hours: formatHours(minutes ?? SAMPLE_MINUTES, locale),
    sessions: sampleSessions(event, locale, fallbackSessions).join(', '),
  };
}

/** A piece of the body: text, or the holder's name (printed bold, exactly where `{name}` stands). */
export type BodyPart = { kind: 'text'; text: string } | { kind: 'name'; text: string };

// Never in stored wording: the schema refuses control characters.
const NAME_MARK = '\u0000';

/** The filled body as paragraphs (blank line) of lines (line break) of parts. */
export function bodyParagraphs(body: string, values: CertificatePlaceholderValues): BodyPart[][][] {
  const filled = certificatePlaceholders.fill(body, { ...values, name: NAME_MARK });
  return filled
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      p.split('\n').map((line) =>
        line.split(NAME_MARK).flatMap((text, i): BodyPart[] => {
          const parts: BodyPart[] = i > 0 ? [{ kind: 'name', text: values.name }] : [];
          return text ? [...parts, { kind: 'text', text }] : parts;
        }),
      ),
    );
}

/** Title, body and signatory of one language, filled with the values, by the one fallback rule. */
export function certificatePreview(wording: CertificateWording, locale: Locale, values: CertificatePlaceholderValues) {
  const texts = certificateTexts(wording, locale);
  return {
    title: certificatePlaceholders.fill(texts.title, values),
    body: certificatePlaceholders.fill(texts.body, values),
    paragraphs: bodyParagraphs(texts.body, values),
    signatoryName: texts.signatoryName,
    signatoryFunction: texts.signatoryFunction,
  };
}

type StoredSettings = CertificateWording & {
  enabled: boolean;
  hoursMode: 'fixed' | 'sessions';
  fixedMinutes: number | null;
};

/** The PDF preview's input: the saved settings (null: defaults), the sample holder at this event, marked as a sample. */
export function certificatePreviewDocument(
  source: {
    settings: StoredSettings | null;
    event: CertificateSampleEvent;
    signature: CertificateImage | null;
    logo: CertificateImage | null;
  },
  locale: Locale,
  options: { fallbackSessions: string; verifyUrl: string; now?: Date },
): CertificateDocumentInput {
  const { settings, event } = source;
  const values = certificateSampleValues(event, locale, settings?.fixedMinutes ?? null, options.fallbackSessions);
  const preview = certificatePreview(settings ?? EMPTY_CERTIFICATE_WORDING, locale, values);
  return {
    id: SAMPLE_CERTIFICATE_ID,
    locale,
    title: preview.title,
    body: preview.body,
    holderName: values.name,
    sessions: settings?.hoursMode === 'sessions' ? sampleSessions(event, locale, options.fallbackSessions) : [],
    signatoryName: preview.signatoryName,
    signatoryFunction: preview.signatoryFunction,
    signature: source.signature,
    logo: source.logo,
    verifyUrl: options.verifyUrl,
    venue: values.venue,
    issuedAt: options.now ?? new Date(),
    sample: true,
  };
}

/** The editor form's values from the stored settings (null: none saved yet), hours in the editor's language. */
export function certificateEditorDefaults(
  settings: StoredSettings | null,
  locale: Locale,
): CertificateSettingsFormValues {
  return {
    enabled: settings?.enabled ?? false,
    titleDe: settings?.titleDe ?? '',
    titleEn: settings?.titleEn ?? '',
    bodyDe: settings?.bodyDe ?? '',
    bodyEn: settings?.bodyEn ?? '',
    signatoryName: settings?.signatoryName ?? '',
    signatoryFunctionDe: settings?.signatoryFunctionDe ?? '',
    signatoryFunctionEn: settings?.signatoryFunctionEn ?? '',
    hoursMode: settings?.hoursMode ?? 'fixed',
    fixedHours: settings?.fixedMinutes ? formatHours(settings.fixedMinutes, locale) : '',
  };
}
