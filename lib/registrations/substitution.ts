// CONTRACT STUB (#16, owner: substitutes helper). Signatures are fixed; the body is the substitutes helper's.
import { AppError } from '@/lib/errors';

export interface SubstitutePerson {
  salutation?: string;
  title?: string;
  firstName: string;
  lastName: string;
  email: string;
  organization?: string;
  position?: string;
}

/**
 * Hands a confirmed registration's place to someone else, in one transaction: the old registration is cancelled
 * (cancelledBy "substitute", its ticket revoked), a new confirmed registration for the substitute takes over the
 * same seat (no counter changes; contingentSeat carried over; substituteForId set), both are mailed, and the
 * audit log records it. Returns the new registration's id and manage token.
 */
export async function substituteRegistration(
  _manageToken: string,
  _person: SubstitutePerson,
  _actor: string,
  _now: Date = new Date(),
): Promise<{ id: string; manageToken: string }> {
  throw new AppError('INTERNAL_ERROR', 'malformedRequest');
}
