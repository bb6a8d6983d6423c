import { recordAudit } from '@/lib/audit/service';
import { AppError, inputError } from '@/lib/errors';
import { enqueueMail, enqueueMails } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { audienceWhere } from './audience';
import { messageSchema, type MessageInput } from './schema';

export interface SentMessage {
  id: string;
  recipientCount: number;
}

// A large audience means one createMany and one job insert of that size; give it more than Prisma's 5 s default.
const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 } as const;

// The service is also callable from scripts and tests, so it re-checks what the action already parsed.
function parse(input: MessageInput): MessageInput {
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) throw inputError(parsed.error.issues);
  return parsed.data;
}

async function requireEvent(tx: Tx, eventId: string): Promise<void> {
  if (!(await tx.event.count({ where: { id: eventId } }))) throw new AppError('NOT_FOUND', 'eventNotFound');
}

/**
 * Stores an organizer message and puts one outbox mail per recipient into the queue, all in one transaction.
 * Each person gets a mail of their own (one To address); nothing is sent here. Refuses an empty audience.
 */
export async function sendOrganizerMessage(
  eventId: string,
  input: MessageInput,
  actorEmail: string,
): Promise<SentMessage> {
  const { audience, subject, body, salutation } = parse(input);
  const ownSalutation = salutation === 'own';
  return db.$transaction(async (tx) => {
    await requireEvent(tx, eventId);
    const recipients = await tx.registration.findMany({
      where: audienceWhere(eventId, audience),
      select: { id: true, email: true },
      orderBy: { id: 'asc' },
    });
    if (recipients.length === 0) {
      throw new AppError('INVALID_INPUT', 'noRecipients');
    }
    const message = await tx.organizerMessage.create({
      data: {
        eventId,
        audience,
        subject,
        body,
        ownSalutation,
        createdBy: actorEmail,
        recipientCount: recipients.length,
      },
      select: { id: true },
    });
    await enqueueMails(
      tx,
      recipients.map((r) => ({
        kind: 'message' as const,
        recipient: r.email,
        eventId,
        registrationId: r.id,
        organizerMessageId: message.id,
      })),
    );
    await recordAudit(tx, {
      actor: actorEmail,
      action: 'message.send',
      eventId,
      summary: `Nachricht an ${recipients.length} Personen (${audience}) in die Warteschlange gestellt.`,
      details: { messageId: message.id, audience, recipients: recipients.length },
    });
    return { id: message.id, recipientCount: recipients.length };
  }, TRANSACTION_OPTIONS);
}

/**
 * Stores a test message and queues it for the organizer alone: the outbox row has no registration,
 * so the outbox fills in sample attendee data and marks the subject "[Testmail]".
 */
export async function sendTestMessage(eventId: string, input: MessageInput, actorEmail: string): Promise<SentMessage> {
  const { audience, subject, body, salutation } = parse(input);
  const ownSalutation = salutation === 'own';
  return db.$transaction(async (tx) => {
    await requireEvent(tx, eventId);
    const message = await tx.organizerMessage.create({
      data: { eventId, audience, subject, body, ownSalutation, isTest: true, createdBy: actorEmail, recipientCount: 1 },
      select: { id: true },
    });
    await enqueueMail(tx, {
      kind: 'message',
      recipient: actorEmail,
      eventId,
      registrationId: null,
      organizerMessageId: message.id,
    });
    return { id: message.id, recipientCount: 1 };
  });
}
