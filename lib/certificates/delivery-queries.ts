import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import type { MailStatus, Prisma } from '@/lib/generated/prisma/client';
import { type DeliveryCounts, emptyDelivery, getRecipientPage } from '@/lib/mail/recipient-page';
import { db } from '@/lib/server/db';
import { eligibleWithoutCertificate } from './eligibility';
import { countZipCertificates } from './delivery-zip';

/** Recipients shown per page on the certificates page. */
export const CERTIFICATE_RECIPIENT_PAGE_SIZE = 100;

export interface CertificateSendCounts {
  /** Checked in (not yet issued) plus valid certificates. */
  eligible: number;
  /** Eligible people who already have a certificate mail (any state). */
  alreadyMailed: number;
  /** Eligible people who would get a mail now. */
  toSend: number;
  revoked: number;
  /** Eligible people without an address (walk-ins): they download theirs or get it handed over. */
  noEmail: number;
}

const active = { status: { not: 'cancelled' }, anonymizedAt: null } as const satisfies Prisma.RegistrationWhereInput;
const mailed = { mails: { some: { kind: 'certificate' } } } as const satisfies Prisma.RegistrationWhereInput;

// Eligible before issuing: the document's rules admit the person and no certificate exists yet, or they hold a
// valid one (issued or granted).
function eligibleWhere(eventId: string): Prisma.RegistrationWhereInput {
  return {
    OR: [
      eligibleWithoutCertificate(eventId),
      { eventId, ...active, certificate: { is: { revokedAt: null, anonymizedAt: null } } },
    ],
  };
}

/** True when the manage page offers the certificate download: the event has ended and the person is eligible. */
export async function isCertificateOffered(manageToken: string, now = new Date()): Promise<boolean> {
  const r = await db.registration.findUnique({
    where: { manageToken },
    select: { id: true, eventId: true, event: { select: { endsAt: true, certificateSettings: true } } },
  });
  if (!r || r.event.endsAt > now || !r.event.certificateSettings?.enabled) return false;
  return (await db.registration.count({ where: { AND: [{ id: r.id }, eligibleWhere(r.eventId)] } })) > 0;
}

/** The counts shown before "send all". */
export async function countCertificateRecipients(eventId: string): Promise<CertificateSendCounts> {
  const who = eligibleWhere(eventId);
  const [all, alreadyMailed, noEmail, revoked] = await Promise.all([
    db.registration.count({ where: who }),
    db.registration.count({ where: { AND: [who, mailed] } }),
    db.registration.count({ where: { AND: [who, { email: '' }] } }),
    db.certificate.count({ where: { eventId, revokedAt: { not: null } } }),
  ]);
  const toSend = await db.registration.count({
    where: { AND: [who, { email: { not: '' } }, { NOT: mailed }] },
  });
  return { eligible: all, alreadyMailed, toSend, revoked, noEmail };
}

async function deliveryCounts(eventId: string): Promise<DeliveryCounts> {
  const groups = await db.outboxMail.groupBy({
    by: ['status'],
    where: { eventId, kind: 'certificate' },
    _count: { _all: true },
  });
  const counts = emptyDelivery();
  for (const g of groups) counts[g.status as MailStatus] = g._count._all;
  return counts;
}

/** Everything the certificates page shows, or null for an unknown slug. */
export async function getCertificateDelivery(slug: string, page: number) {
  await requireOrganizer();
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      endsAt: true,
      certificateSettings: { select: { enabled: true } },
    },
  });
  if (!event) return null;
  const [counts, delivery, zipCount] = await Promise.all([
    countCertificateRecipients(event.id),
    deliveryCounts(event.id),
    countZipCertificates(event.id),
  ]);
  const recipientPage = await getRecipientPage(
    { eventId: event.id, kind: 'certificate' },
    delivery,
    page,
    CERTIFICATE_RECIPIENT_PAGE_SIZE,
  );
  return { event, counts, delivery, zipCount, ...recipientPage };
}

export type CertificateDelivery = NonNullable<Awaited<ReturnType<typeof getCertificateDelivery>>>;

/** The event of the ZIP route (organizer access is checked first), or null for an unknown slug. */
export async function getCertificateZipEvent(slug: string) {
  await requireOrganizer();
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true } });
}
