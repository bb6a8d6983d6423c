import type { MailKind } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { sendMail } from '@/lib/server/mailer';
import { composeOutboxMail } from './outbox-compose';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'skipped' | 'gone';

/** The Message-ID of an outbox mail: stable across retries, so receivers can tell a resend of the same mail. */
export function outboxMessageId(outboxId: string): string {
  return `<${outboxId}@${new URL(env.APP_URL).hostname}>`;
}

/**
 * Sends one outbox mail. If its row already records an accepted Message-ID (the job is a retry after a
 * crash), nothing is sent again. A failure is recorded on the row and rethrown, so pg-boss retries it.
 */
export async function deliverOutboxMail(outboxId: string, attempt: { isLast: boolean }): Promise<DeliveryOutcome> {
  const row = await db.outboxMail.findUnique({
    where: { id: outboxId },
    select: {
      id: true,
      kind: true,
      recipient: true,
      registrationId: true,
      organizerMessageId: true,
      invitationId: true,
      groupId: true,
      sessionId: true,
      variant: true,
      smtpMessageId: true,
      attempts: true,
      createdAt: true,
    },
  });
  if (!row) return 'gone';
  if (row.smtpMessageId) return 'already-sent';
  try {
    const composed = await composeOutboxMail(row);
    if ('skip' in composed) {
      await db.outboxMail.update({
        where: { id: row.id },
        data: { status: 'skipped', lastError: composed.skip, ...spentLink(row.kind) },
      });
      return 'skipped';
    }
    const { mail, to, toName } = composed;
    const { messageId } = await sendMail({
      ...mail,
      to,
      toName,
      messageId: outboxMessageId(row.id),
      urgent: row.kind === 'sign_in',
    });
    // Recorded right after the server accepted it: a retry of this job finds it and sends nothing.
    await db.outboxMail.update({
      where: { id: row.id },
      data: {
        status: 'sent',
        smtpMessageId: messageId,
        sentAt: new Date(),
        recipient: to,
        attempts: row.attempts + 1,
        lastError: null,
        ...spentLink(row.kind),
      },
    });
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.outboxMail
      .update({
        where: { id: row.id },
        data: {
          status: attempt.isLast ? 'failed' : 'retrying',
          attempts: row.attempts + 1,
          lastError: message.slice(0, 1000),
          ...(attempt.isLast ? spentLink(row.kind) : {}),
        },
      })
      .catch(() => undefined);
    throw error;
  }
}

// A sign-in row holds its sealed link only until the mail is sent, dropped or given up.
function spentLink(kind: MailKind): { variant?: null } {
  return kind === 'sign_in' ? { variant: null } : {};
}
