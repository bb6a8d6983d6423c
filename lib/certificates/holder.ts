import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

export interface CertificatePerson {
  salutation?: string | null;
  title?: string | null;
  firstName: string;
  lastName: string;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The holder as printed, with Anrede and academic title as the person entered it: "Frau Prof. Dr. Anna Großmann".
 * English: "Prof. Dr. Anna Großmann" (a title replaces Ms/Mr), "Ms Anna Großmann". "Divers" or none: no Anrede.
 */
export function certificateHolderName(person: CertificatePerson, locale: Locale): string {
  const anrede = getDictionary(locale).certificates.document.anrede;
  const title = squash(person.title);
  const gendered = person.salutation === 'Frau' ? anrede.female : person.salutation === 'Herr' ? anrede.male : '';
  const prefix = locale === 'en' && title ? '' : gendered;
  return squash(`${prefix} ${title} ${person.firstName} ${person.lastName}`);
}
