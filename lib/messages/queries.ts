import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { eventHeadingSelect } from '@/lib/events/selects';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import { type DeliveryCounts, emptyDelivery, getRecipientPage } from '@/lib/mail/recipient-page';
import { db } from '@/lib/server/db';
import { audienceWhere } from './audience';

/** Recipients shown per page on a message's detail page. */
export const RECIPIENT_PAGE_SIZE = 100;
/** Messages shown on an event's message list (newest first). */
export const MESSAGE_LIST_LIMIT = 100;

export type { DeliveryCounts };

function findEvent(slug: string) {
  return db.event.findUnique({ where: { slug }, select: eventHeadingSelect });
}

/** How many people each audience of an event reaches right now. */
export async function countAudiences(eventId: string): Promise<Record<MessageAudience, number>> {
  const [byStatus, checkedIn] = await Promise.all([
    db.registration.groupBy({
      by: ['status'],
      where: { eventId, status: { not: 'cancelled' } },
      _count: { _all: true },
    }),
    db.registration.count({ where: audienceWhere(eventId, 'checked_in') }),
  ]);
  const of = (status: string) => byStatus.find((g) => g.status === status)?._count._all ?? 0;
  const confirmed = of('confirmed');
  return { confirmed, waitlisted: of('waitlisted'), checked_in: checkedIn, not_checked_in: confirmed - checkedIn };
}

/** The event and its audience sizes for the "new message" form, or null for an unknown slug. */
export async function getMessageComposer(slug: string) {
  await requireOrganizer();
  const event = await findEvent(slug);
  if (!event) return null;
  return { event, counts: await countAudiences(event.id) };
}

async function deliveryCountsByMessage(messageIds: string[]): Promise<Map<string, DeliveryCounts>> {
  const groups = messageIds.length
    ? await db.outboxMail.groupBy({
        by: ['organizerMessageId', 'status'],
        where: { organizerMessageId: { in: messageIds } },
        _count: { _all: true },
      })
    : [];
  const counts = new Map<string, DeliveryCounts>();
  for (const g of groups) {
    if (!g.organizerMessageId) continue;
    const c =
      counts.get(g.organizerMessageId) ?? counts.set(g.organizerMessageId, emptyDelivery()).get(g.organizerMessageId)!;
    c[g.status] = g._count._all;
  }
  return counts;
}

/** An event's messages (newest first, at most MESSAGE_LIST_LIMIT) with delivery counts by status, or null for an unknown slug. */
export async function getMessageList(slug: string) {
  await requireOrganizer();
  const event = await findEvent(slug);
  if (!event) return null;
  const [rows, total] = await Promise.all([
    db.organizerMessage.findMany({
      where: { eventId: event.id },
      select: {
        id: true,
        subject: true,
        audience: true,
        isTest: true,
        createdBy: true,
        recipientCount: true,
        createdAt: true,
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MESSAGE_LIST_LIMIT,
    }),
    db.organizerMessage.count({ where: { eventId: event.id } }),
  ]);
  const delivery = await deliveryCountsByMessage(rows.map((r) => r.id));
  const messages = rows.map((r) => ({ ...r, delivery: delivery.get(r.id) ?? emptyDelivery() }));
  return { event, messages, total };
}

export type MessageListItem = NonNullable<Awaited<ReturnType<typeof getMessageList>>>['messages'][number];

/** One message of an event with its delivery totals and one page of recipients, or null if it is not this event's. */
export async function getMessageDetail(slug: string, messageId: string, page: number) {
  await requireOrganizer();
  const message = await db.organizerMessage.findFirst({
    where: { id: messageId, event: { slug } },
    select: {
      id: true,
      subject: true,
      body: true,
      audience: true,
      isTest: true,
      createdBy: true,
      recipientCount: true,
      createdAt: true,
      event: { select: eventHeadingSelect },
    },
  });
  if (!message) return null;
  const delivery = (await deliveryCountsByMessage([message.id])).get(message.id) ?? emptyDelivery();
  const recipientPage = await getRecipientPage({ organizerMessageId: message.id }, delivery, page, RECIPIENT_PAGE_SIZE);
  return { message, delivery, ...recipientPage };
}

export type MessageDetail = NonNullable<Awaited<ReturnType<typeof getMessageDetail>>>;
export type MessageRecipientRow = MessageDetail['recipients'][number];

/** The mails the outbox holds for one registration (newest first), for its detail page. */
export async function getRegistrationMails(registrationId: string) {
  await requireOrganizer();
  return db.outboxMail.findMany({
    where: { registrationId },
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
      organizerMessage: { select: { subject: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
  });
}

export type RegistrationMailRow = Awaited<ReturnType<typeof getRegistrationMails>>[number];

const mailEventSelect = {
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  venueRoom: true,
  venueDirections: true,
} as const;

/**
 * What the preview of a message needs: the event's mail facts and the first person (by name) the audience
 * reaches, or null for the person when it reaches nobody. The caller has authorised the organizer.
 */
export async function getPreviewFacts(eventId: string, audience: MessageAudience) {
  const [event, person] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: mailEventSelect }),
    db.registration.findFirst({
      where: audienceWhere(eventId, audience),
      select: { salutation: true, title: true, firstName: true, lastName: true, locale: true },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return event ? { event, person } : null;
}
