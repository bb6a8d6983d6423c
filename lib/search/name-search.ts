import type { Prisma } from '@/lib/generated/prisma/client';
import { foldSearchText } from './fold';

type TextField = 'firstName' | 'lastName' | 'organization' | 'email';

/** Escapes LIKE metacharacters, so "%" and "_" in a search term match themselves (default escape is "\"). */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, '\\$&');

/** The whitespace-separated terms of a search query (at most maxTerms). */
export function searchTerms(q: string, maxTerms = 10): string[] {
  return q.split(/\s+/).filter(Boolean).slice(0, maxTerms);
}

/**
 * Registrations where every whitespace-separated term matches one of the fields as a substring. Names and
 * organisation are matched through the folded `searchText` column (case, umlauts/transliteration, ß/ss and
 * accents do not matter; trigram index), the e-mail address (stored lower-cased) case-insensitively.
 */
export function registrationTextSearch(
  q: string,
  fields: readonly TextField[],
  maxTerms = 10,
): Prisma.RegistrationWhereInput[] {
  const names = fields.some((f) => f !== 'email');
  const email = fields.includes('email');
  return searchTerms(q, maxTerms).map((term) => ({
    OR: [
      ...(names ? [{ searchText: { contains: escapeLike(foldSearchText(term)) } }] : []),
      ...(email ? [{ email: { contains: escapeLike(term.toLowerCase()) } }] : []),
    ],
  }));
}
