import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

/** Who a mail addresses: Anrede (Frau/Herr/Divers or none), academic title as typed, and the name. */
export interface SalutationPerson {
  salutation?: string | null;
  title?: string | null;
  firstName: string;
  lastName: string;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * English business mail names one academic rank without the German dots: any professorship gives
 * "Professor", any doctorate (Dr., Dr.-Ing., Dr. med. …) gives "Dr". Other titles are not used in English salutations.
 */
function englishRank(title: string): 'professor' | 'doctor' | null {
  if (/\bprof\b|\bprof\.|\bprofessor\b/i.test(title)) return 'professor';
  if (/\bdr\b|\bdr\.|\bdr-|\bdoctor\b/i.test(title)) return 'doctor';
  return null;
}

/**
 * The one salutation line of every mail to a person, in the mail's language:
 * "Sehr geehrte Frau Prof. Dr. Großmann," / "Sehr geehrter Herr Dr. Müller," / "Guten Tag Alex Müller,"
 * (no Anrede or "Divers"), and "Dear Dr Smith," / "Dear Ms Smith," / "Dear Professor Smith," / "Dear Alex Smith,".
 */
export function salutationLine(lang: Locale, person: SalutationPerson): string {
  const t = getDictionary(lang).mail.salutation;
  const title = squash(person.title);
  const lastName = squash(person.lastName);
  const fullName = squash(`${person.firstName} ${person.lastName}`);
  const gendered = person.salutation === 'Frau' ? t.female : person.salutation === 'Herr' ? t.male : null;
  if (lang === 'en') {
    const rank = englishRank(title);
    if (rank) return fill(t.neutral, { name: `${t.ranks[rank]} ${lastName}` });
    return gendered ? fill(gendered, { name: lastName }) : fill(t.neutral, { name: fullName });
  }
  // German keeps the title as the person wrote it, between Anrede and surname.
  if (gendered) return fill(gendered, { name: squash(`${title} ${lastName}`) });
  return fill(t.neutral, { name: squash(`${title} ${fullName}`) });
}
