import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { readPdf } from '@/test/pdf';
import { book, createBookableSession, createPerson } from '@/test/session-list-fixtures';
import { streamToBuffer } from './pdf';
import { badgesPdf, signInSheetPdf } from './service';

const ACTOR = 'orga@example.test';

async function setup() {
  const event = await createTestEvent({ title: 'Workshop-Druck' });
  const ki = await createBookableSession(event, { title: 'KI im Amt', fromHour: 1, room: 'Li 110' });
  const data = await createBookableSession(event, { title: 'Open Data', fromHour: 3 });
  const anna = await createPerson(event.id, { firstName: 'Anna', lastName: 'Adler' });
  const bernd = await createPerson(event.id, { firstName: 'Bernd', lastName: 'Bach' });
  await createPerson(event.id, { firstName: 'Clara', lastName: 'Cramer' });
  await createPerson(event.id, { firstName: 'Olga', lastName: 'Online', mode: 'online' });
  await book(anna, ki.id, 'confirmed');
  await book(anna, data.id, 'confirmed');
  await book(bernd, ki.id, 'waitlisted');
  await book(bernd, data.id, 'confirmed');
  const printEvent = {
    id: event.id,
    slug: event.slug,
    title: event.title,
    startsAt: event.startsAt,
    venueName: event.venueName,
  };
  return { event: printEvent, ki, data };
}

describe('printing for a session', () => {
  it('puts only the people booked for the session on its sign-in sheet, under the session and its room', async () => {
    const { event, ki } = await setup();
    const [page] = await readPdf(
      await streamToBuffer(await signInSheetPdf(event, { q: '', status: 'confirmed', session: ki.id }, ACTOR)),
    );
    expect(page!.text).toContain('Workshop: KI im Amt');
    expect(page!.text).toContain('Raum: Li 110');
    expect(page!.text).toContain('Adler');
    // Bernd waits for a place in it and Clara booked nothing.
    expect(page!.text).not.toContain('Bach');
    expect(page!.text).not.toContain('Cramer');
    const audit = await db.auditLog.findFirst({ where: { eventId: event.id, action: 'print.sign-in-sheet' } });
    expect(audit?.details).toMatchObject({ rows: 1, sessionId: ki.id });
  });

  it('names each person’s confirmed workshops on the badge, in time order', async () => {
    const { event } = await setup();
    const options = { q: '', status: 'confirmed' as const, grid: { columns: 1, rows: 4 }, crop: false };
    const [page] = await readPdf(await streamToBuffer(await badgesPdf(event, options, ACTOR)));
    expect(page!.text).toContain('Workshops: KI im Amt · Open Data');
    expect(page!.text).toContain('Workshops: Open Data');
    expect(page!.text.match(/Workshops:/g)).toHaveLength(2);
    expect(page!.text).toContain('Cramer');
    // Online attendees have no door QR, so no badge either.
    expect(page!.text).not.toContain('Online');
  });

  it('refuses a session of another event before streaming anything', async () => {
    const { event } = await setup();
    const other = await setup();
    await expect(
      signInSheetPdf(event, { q: '', status: 'confirmed', session: other.ki.id }, ACTOR),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'printSessionUnknown' });
    const options = {
      q: '',
      status: 'confirmed' as const,
      session: 'nope',
      grid: { columns: 2, rows: 4 },
      crop: false,
    };
    await expect(badgesPdf(event, options, ACTOR)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
