import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { book, createBookableSession, createPerson } from '@/test/session-list-fixtures';
import { SESSION_CSV_HEADER, sessionCsvDownload } from './export';

describe('a session’s CSV', () => {
  it('lists the booked people, then the waiting list with its positions, for German Excel', async () => {
    const event = await createTestEvent();
    const session = await createBookableSession(event, { title: 'KI im Amt', capacity: 1 });
    const anna = await createPerson(event.id, { firstName: '=Anna', lastName: 'Adler' });
    const bernd = await createPerson(event.id, { firstName: 'Bernd', lastName: 'Bach' });
    const clara = await createPerson(event.id, { firstName: 'Clara', lastName: 'Cramer' });
    await book(anna, session.id, 'confirmed', { checkedInAt: new Date('2026-04-03T07:30:00Z') });
    await book(clara, session.id, 'waitlisted', { requestedAt: new Date('2026-01-02T10:00:00Z') });
    await book(bernd, session.id, 'waitlisted', { requestedAt: new Date('2026-01-01T10:00:00Z') });

    const response = await sessionCsvDownload(event.slug, session.id, 'orga@example.test');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8'), { bom: true, delimiter: ';', record_delimiter: '\r\n' });
    expect(rows[0]).toEqual([...SESSION_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6], r[10]])).toEqual([
      ['1', 'gebucht', '', "'=Anna", 'Adler', '03.04.2026 09:30'],
      ['2', 'Warteliste', '1', 'Bernd', 'Bach', ''],
      ['3', 'Warteliste', '2', 'Clara', 'Cramer', ''],
    ]);
    const audit = await db.auditLog.findFirst({ where: { eventId: event.id, action: 'export.session-csv' } });
    expect(audit?.details).toMatchObject({ sessionId: session.id, rows: 3 });
  });

  it('is 404 for a session of another event or one that is not bookable', async () => {
    const event = await createTestEvent();
    const other = await createTestEvent();
    const foreign = await createBookableSession(other, { title: 'Fremd' });
    const plain = await db.eventSession.create({
      data: { eventId: event.id, title: 'Plenum', startsAt: event.startsAt },
    });
    for (const id of [foreign.id, plain.id])
      await expect(sessionCsvDownload(event.slug, id, 'orga@example.test')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
  });
});
