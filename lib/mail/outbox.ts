import { randomUUID } from 'node:crypto';
import type { MailKind } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { getProducer, mailRetryOptions, txExecutor } from '@/lib/server/queue';
import { MAIL_QUEUE } from './jobs';

export interface OutboxItem {
  kind: MailKind;
  /** The address at enqueue time (shown in the dashboard); registration mails go to the current address. */
  recipient: string;
  eventId?: string | null;
  registrationId?: string | null;
  organizerMessageId?: string | null;
  /** A personal invitation's mails (lib/invitations). */
  invitationId?: string | null;
  /** A group registration's summary to its submitter. */
  groupId?: string | null;
  /** The session a session_promotion mail is about. */
  sessionId?: string | null;
  /** State-dependent wording fixed at enqueue time (see OutboxMail.variant). */
  variant?: string | null;
}

// Mails a person is waiting for right now go before bulk mail (organizer messages to everyone, reminders,
// certificates after the event).
const BULK_KINDS: ReadonlySet<MailKind> = new Set(['message', 'reminder', 'certificate']);

// The newsletter opt-in is registered together with the seat mail, and its jobs would run side by side: the
// opt-in (no QR, no calendar file) would then often arrive first. It waits a little and yields to the seat mail.
export const NEWSLETTER_DELAY_SECONDS = 5;

// A sign-in link is worth sending for ten minutes (SIGN_IN_SEND_MINUTES): 4 retries wait at most
// 20·(2 + 4 + 8 + 16) s = 10 min in all, and the mail job drops the mail once it is older.
const SIGN_IN_RETRY = { retryLimit: 4, retryDelay: 20, retryBackoff: true };

/** The job payload: everything else is read from the OutboxMail row when the mail is sent. */
export interface MailJobData {
  outboxId: string;
}

/**
 * Puts mails into the durable outbox inside the caller's transaction: the OutboxMail rows and their
 * pg-boss jobs commit together with the change they belong to, or not at all.
 */
export async function enqueueMails(tx: Tx, items: OutboxItem[]): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = items.map((item) => ({
    id: randomUUID(),
    kind: item.kind,
    recipient: item.recipient,
    eventId: item.eventId ?? null,
    registrationId: item.registrationId ?? null,
    organizerMessageId: item.organizerMessageId ?? null,
    invitationId: item.invitationId ?? null,
    groupId: item.groupId ?? null,
    sessionId: item.sessionId ?? null,
    variant: item.variant ?? null,
  }));
  await tx.outboxMail.createMany({ data: rows });
  await insertMailJobs(tx, rows);
  return rows.map((row) => row.id);
}

/**
 * The pg-boss jobs for outbox rows, inside the caller's transaction, or right after a commit that wrote
 * the rows (the registration; lib/mail/outbox-relay.ts catches a job that never got inserted). Inserting
 * a job twice is harmless: the job id is the row's id and pg-boss skips a conflicting insert.
 */
export async function insertMailJobs(
  tx: Pick<Tx, '$queryRawUnsafe'>,
  rows: (Pick<OutboxItem, 'kind' | 'registrationId'> & { id: string })[],
): Promise<void> {
  const retry = mailRetryOptions();
  const signInRetry = { ...retry, ...SIGN_IN_RETRY };
  const newsletterStart = new Date(Date.now() + NEWSLETTER_DELAY_SECONDS * 1000);
  await getProducer().insert(
    rows.map((row) => ({
      id: row.id,
      name: MAIL_QUEUE,
      data: { outboxId: row.id } satisfies MailJobData,
      priority: jobPriority(row),
      ...(row.kind === 'newsletter' ? { startAfter: newsletterStart } : {}),
      ...(row.kind === 'sign_in' ? signInRetry : retry),
    })),
    { db: txExecutor(tx) },
  );
}

function jobPriority(row: Pick<OutboxItem, 'kind' | 'registrationId'>): number {
  // Someone is at the sign-in page waiting for the link, which works for 15 minutes only.
  if (row.kind === 'sign_in') return 20;
  // A test message (no registration) is awaited by the organizer who sent it.
  if (BULK_KINDS.has(row.kind) && row.registrationId) return 0;
  return row.kind === 'newsletter' ? 5 : 10;
}

/** Puts one mail into the outbox inside the caller's transaction; see enqueueMails. */
export async function enqueueMail(tx: Tx, item: OutboxItem): Promise<string> {
  const [id] = await enqueueMails(tx, [item]);
  return id as string;
}
