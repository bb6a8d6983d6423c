import type { Locale } from '@/lib/i18n/config';
import { certificateDocument as de } from '@/lib/i18n/de/certificate-document';
import { certificateDocument as en } from '@/lib/i18n/en/certificate-document';

// Only the document's namespace, not the whole dictionaries: the editor's live preview runs this in the browser.
const DEFAULTS: Record<Locale, { defaultTitle: string; defaultBody: string }> = { de, en };

/** The wording fields of CertificateSettings, as stored. */
export interface CertificateWording {
  titleDe: string;
  titleEn: string;
  bodyDe: string;
  bodyEn: string;
  signatoryName: string;
  signatoryFunctionDe: string;
  signatoryFunctionEn: string;
}

/** No wording saved: every field empty, so the defaults apply. */
export const EMPTY_CERTIFICATE_WORDING: CertificateWording = {
  titleDe: '',
  titleEn: '',
  bodyDe: '',
  bodyEn: '',
  signatoryName: '',
  signatoryFunctionDe: '',
  signatoryFunctionEn: '',
};

/** The wording of one certificate, placeholders not yet filled. */
export interface CertificateTexts {
  title: string;
  body: string;
  signatoryName: string;
  signatoryFunction: string;
}

/**
 * The one fallback rule for certificate wording: an empty English field takes the German one; an empty title or
 * body takes the dictionary's default wording in the certificate's language. The PDF, the editor's preview and the
 * mail all read it from here.
 */
export function certificateTexts(wording: CertificateWording, locale: Locale): CertificateTexts {
  const defaults = DEFAULTS[locale];
  const pick = (de: string, en: string) => (locale === 'en' && en.trim() ? en : de).trim();
  return {
    title: pick(wording.titleDe, wording.titleEn) || defaults.defaultTitle,
    body: pick(wording.bodyDe, wording.bodyEn) || defaults.defaultBody,
    signatoryName: wording.signatoryName.trim(),
    signatoryFunction: pick(wording.signatoryFunctionDe, wording.signatoryFunctionEn),
  };
}
