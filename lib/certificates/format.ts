// No 'server-only': the PDF (mail worker) and the verify page share these formats.
import { env } from '@/lib/server/env';
import type { Locale } from '@/lib/i18n/config';
import { EVENT_TIME_ZONE } from '@/lib/format';

const localeTag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'de-DE');

// Built once per language: constructing an Intl formatter costs more than rendering a certificate's text.
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function dayFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: EVENT_TIME_ZONE,
    });
    dayFormats.set(locale, format);
  }
  return format;
}

/** "12. März 2027" / "12 March 2027". */
export function formatCertificateDay(date: Date, locale: Locale): string {
  return dayFormat(locale).format(date);
}

/** "12. März 2027", or "12.–13. März 2027" for an event over several days. */
export function formatCertificateDates(startsAt: Date, endsAt: Date, locale: Locale): string {
  return dayFormat(locale).formatRange(startsAt, endsAt);
}

/** Hours from minutes, German decimals: "6", "6,5", "7,25". */
export function formatCertificateHours(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** The QR code's content: /verify/<id> with the signature, so a scan checks the signature too. */
export function certificateVerifyUrl(id: string, signature: string): string {
  const url = new URL(`/verify/${id}`, env.APP_URL);
  url.searchParams.set('s', signature);
  return url.toString();
}

/** The printed short address, without scheme and signature: "tagung.example.org/verify/K7QM-4XPD-9RTA". */
export function certificateShortUrl(verifyUrl: string): string {
  const url = new URL(verifyUrl);
  return `${url.host}${url.pathname}`;
}
