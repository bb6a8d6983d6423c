import { definePlaceholders } from '@/lib/text/placeholders';

/** Placeholders of a certificate's title and body, German and English names, and the value each stands for. */
export const CERTIFICATE_PLACEHOLDERS = {
  // The holder with Anrede and academic title, e.g. "Frau Prof. Dr. Anna Großmann" / "Ms Prof. Dr. Anna Großmann".
  name: 'name',
  veranstaltung: 'event',
  event: 'event',
  datum: 'date',
  date: 'date',
  ort: 'venue',
  venue: 'venue',
  stunden: 'hours',
  hours: 'hours',
  sitzungen: 'sessions',
  sessions: 'sessions',
} as const satisfies Record<string, string>;

export type CertificatePlaceholderKey = (typeof CERTIFICATE_PLACEHOLDERS)[keyof typeof CERTIFICATE_PLACEHOLDERS];
export type CertificatePlaceholderValues = Record<CertificatePlaceholderKey, string>;

export const certificatePlaceholders = definePlaceholders(CERTIFICATE_PLACEHOLDERS);
