import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * One way to earn a certificate, as a filter on the event's registrations. A registration is eligible when any
 * rule admits it.
 */
export interface EligibilityRule {
  name: string;
  where: Prisma.RegistrationWhereInput;
}

export const checkedInRule: EligibilityRule = { name: 'checked-in', where: { checkedInAt: { not: null } } };

/**
 * Online attendance: an online registration whose join link redirected to the stream at least once. The join link
 * records an open only inside its window (release before the start until two hours after the end), so a first open
 * is attendance evidence; merely holding the link is not.
 */
export const joinedOnlineRule: EligibilityRule = {
  name: 'joined-online',
  where: { mode: 'online', joinFirstAt: { not: null } },
};

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [checkedInRule, joinedOnlineRule];

/**
 * The registrations of an event that earn a certificate and have none yet: not cancelled, not anonymised, admitted
 * by a rule. A revoked certificate still counts as "one", so it is never issued again.
 */
export function eligibleWithoutCertificate(
  eventId: string,
  rules: readonly EligibilityRule[] = ELIGIBILITY_RULES,
): Prisma.RegistrationWhereInput {
  return {
    eventId,
    status: { not: 'cancelled' },
    anonymizedAt: null,
    certificate: { is: null },
    OR: rules.map((rule) => rule.where),
  };
}
