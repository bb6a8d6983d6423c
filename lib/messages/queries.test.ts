import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegistrationStatus } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { countAudiences, getMessageDetail, getMessageList, getPreviewFacts, RECIPIENT_PAGE_SIZE } from './queries';
import { messageSchema } from './schema';
import { sendOrganizerMessage, sendTestMessage } from './service';

// The pages authorise before they query; here there is no request, so the guard lets the call through.
vi.mock('@/lib/auth/guards', () => ({
  requireOrganizer: async () => ({ id: 'u1', email: 'orga@example.test', role: 'organizer' }),
}));

async function addRegistration(eventId: string, lastName: string, status: RegistrationStatus, checkedIn = false) {
  const id = randomBytes(5).toString('hex');
  const created = await db.registration.create({
    data: {
      eventId,
      status,
      email: `${lastName.toLowerCase()}.${id}@example.test`,
      firstName: 'Test',
      lastName,
      locale: 'en',
      ticketCode: `Q${id}`,
      manageToken: `q${id}${id}`,
      privacyConsentVersion: 'test',
      privacyConsentAt: new Date(),
      checkedInAt: checkedIn ? new Date() : null,
    },
    select: { id: true },
  });
  return created.id;
}

const input = (subject: string) => messageSchema.parse({ audience: 'confirmed', subject, body: 'Text' });

describe('message queries', () => {
  let event: { id: string; slug: string };

  beforeAll(async () => {
    event = await createTestEvent();
    await addRegistration(event.id, 'Zander', 'confirmed', true);
    await addRegistration(event.id, 'Albers', 'confirmed');
    await addRegistration(event.id, 'Meier', 'confirmed');
    await addRegistration(event.id, 'Wolf', 'waitlisted');
    await addRegistration(event.id, 'Aaron', 'cancelled', true);
  });

  it('counts each audience, never counting cancelled registrations', async () => {
    expect(await countAudiences(event.id)).toEqual({ confirmed: 3, waitlisted: 1, checked_in: 1, not_checked_in: 2 });
  });

  it('previews with the first person of the audience by last name, in their language', async () => {
    const facts = await getPreviewFacts(event.id, 'confirmed');
    expect(facts?.person).toEqual({
      salutation: null,
      title: null,
      firstName: 'Test',
      lastName: 'Albers',
      locale: 'en',
    });
    expect(facts?.event.venueAddress).toContain('04277 Leipzig');
    const empty = await createTestEvent();
    expect((await getPreviewFacts(empty.id, 'waitlisted'))?.person).toBeNull();
  });

  it('lists messages newest first with delivery counts by status, test mails marked', async () => {
    const first = await sendOrganizerMessage(event.id, input('Erste'), 'orga@example.test');
    const test = await sendTestMessage(event.id, input('Probe'), 'orga@example.test');
    const rows = await db.outboxMail.findMany({
      where: { organizerMessageId: first.id },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    await db.outboxMail.update({ where: { id: rows[0]!.id }, data: { status: 'sent', sentAt: new Date() } });
    await db.outboxMail.update({
      where: { id: rows[1]!.id },
      data: { status: 'failed', lastError: '550 unknown user' },
    });

    const list = await getMessageList(event.slug);
    const byId = new Map(list?.messages.map((m) => [m.id, m]));
    expect(list?.messages.map((m) => m.id).slice(0, 2)).toEqual([test.id, first.id]);
    expect(byId.get(first.id)).toMatchObject({
      isTest: false,
      recipientCount: 3,
      delivery: { queued: 1, retrying: 0, sent: 1, failed: 1, skipped: 0 },
    });
    expect(byId.get(test.id)).toMatchObject({ isTest: true, recipientCount: 1, delivery: { queued: 1, sent: 0 } });
    expect(await getMessageList('gibt-es-nicht')).toBeNull();

    const detail = await getMessageDetail(event.slug, first.id, 1);
    expect(detail?.recipients).toHaveLength(3);
    expect(detail?.recipients.find((r) => r.status === 'failed')).toMatchObject({
      lastError: '550 unknown user',
      registration: { firstName: 'Test' },
    });
    // A message is only found through its own event.
    const other = await createTestEvent();
    expect(await getMessageDetail(other.slug, first.id, 1)).toBeNull();
  });

  it('pages the recipients of a large message', async () => {
    const big = await createTestEvent({ capacity: 500 });
    for (let i = 0; i < RECIPIENT_PAGE_SIZE + 5; i++)
      await addRegistration(big.id, `Person${String(i).padStart(3, '0')}`, 'confirmed');
    const sent = await sendOrganizerMessage(big.id, input('Viele'), 'orga@example.test');
    const page2 = await getMessageDetail(big.slug, sent.id, 2);
    expect(page2).toMatchObject({ total: RECIPIENT_PAGE_SIZE + 5, page: 2, totalPages: 2 });
    expect(page2?.recipients).toHaveLength(5);
    const page1 = await getMessageDetail(big.slug, sent.id, 1);
    const seen = new Set([...(page1?.recipients ?? []), ...(page2?.recipients ?? [])].map((r) => r.id));
    expect(seen.size).toBe(RECIPIENT_PAGE_SIZE + 5);
    // Out-of-range pages clamp to the last one instead of showing an empty table.
    expect((await getMessageDetail(big.slug, sent.id, 99))?.page).toBe(2);
  });
});
