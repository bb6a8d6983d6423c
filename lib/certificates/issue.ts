// Building one certificate row from a registration: the frozen facts and their signature.
import type { Prisma } from '@/lib/generated/prisma/client';
import { toLocale } from '@/lib/i18n/config';
import type { Tx } from '@/lib/server/db';
import { certificateHolderName } from './holder';
import {
  type AttendedSession,
  certificateHours,
  checkedInSessionAttendance,
  type SessionAttendanceSource,
} from './hours';
import { newCertificateId } from './ids';
import { signCertificatePayload } from './keys';
import { certificatePayload } from './payload';

export const issueEventSelect = {
  id: true,
  title: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  certificateSettings: { select: { enabled: true, hoursMode: true, fixedMinutes: true } },
} as const satisfies Prisma.EventSelect;

export type IssueEvent = Prisma.EventGetPayload<{ select: typeof issueEventSelect }>;

export const issuePersonSelect = {
  id: true,
  locale: true,
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
} as const satisfies Prisma.RegistrationSelect;

export type IssuePerson = Prisma.RegistrationGetPayload<{ select: typeof issuePersonSelect }>;

/** Options of every issuing call; tests may swap the session attendance source. */
export interface IssueOptions {
  sessions?: SessionAttendanceSource;
  now?: Date;
}

/** The rows to insert for these registrations, each signed. */
export async function certificateRows(
  tx: Tx,
  event: IssueEvent,
  people: IssuePerson[],
  options: IssueOptions & { grant?: { by: string; reason: string } } = {},
): Promise<Prisma.CertificateCreateManyInput[]> {
  const source = options.sessions ?? checkedInSessionAttendance;
  const attendance = await source(
    tx,
    event.id,
    people.map((p) => p.id),
  );
  const issuedAt = options.now ?? new Date();
  const settings = event.certificateSettings ?? { hoursMode: 'fixed' as const, fixedMinutes: null };
  return people.map((person) => {
    const locale = toLocale(person.locale);
    const attended: AttendedSession[] = attendance.get(person.id) ?? [];
    const { minutes, sessions } = certificateHours(settings, event, attended, locale);
    const facts = {
      id: newCertificateId(),
      holderName: certificateHolderName(person, locale),
      eventTitle: (locale === 'en' && event.titleEn?.trim()) || event.title,
      eventStartsAt: event.startsAt,
      eventEndsAt: event.endsAt,
      minutes,
      sessions,
      issuedAt,
    };
    return {
      ...facts,
      eventId: event.id,
      registrationId: person.id,
      locale,
      venue: event.venueName,
      signature: signCertificatePayload(certificatePayload(facts)),
      grantedBy: options.grant?.by ?? null,
      grantReason: options.grant?.reason ?? null,
    };
  });
}
