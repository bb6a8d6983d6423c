import type { Prisma } from '@/lib/generated/prisma/client';

type TextField = 'firstName' | 'lastName' | 'organization' | 'email';

// Prisma passes `contains` to ILIKE unescaped, so "%" and "_" would act as wildcards.
const escapeLike = (term: string) => term.replace(/[\\%_]/g, '\\$&');

/** Registrations where every whitespace-separated term matches one of the fields (case-insensitive substring). */
export function registrationTextSearch(q: string, fields: readonly TextField[], maxTerms = 10): Prisma.RegistrationWhereInput[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxTerms)
    .map((term) => ({ OR: fields.map((field) => ({ [field]: { contains: escapeLike(term), mode: 'insensitive' as const } })) }));
}
