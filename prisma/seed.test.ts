import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { CONFERENCE_SLUG, EXAMPLE_SLUG, seed } from './seed';

describe('seed', () => {
  it('creates the conference and an open example event, and is safe to run twice', async () => {
    const now = new Date('2026-11-27T10:00:00Z');
    await seed(db, now);
    await seed(db, new Date('2026-12-24T10:00:00Z'));

    const conference = await db.event.findUniqueOrThrow({
      where: { slug: CONFERENCE_SLUG },
      include: { hosts: true, sessions: { include: { speakers: true } } },
    });
    expect(conference.title).toBe('16. Mitteldeutsche Digitalisierungskonferenz');
    expect(conference.motto).toBe('Digital First – Schluss mit Sand im Getriebe');
    expect(conference.startsAt.toISOString()).toBe('2025-04-03T07:00:00.000Z');
    expect(conference.hosts.map((h) => h.name)).toEqual([
      'Cluster IT Mitteldeutschland e.V.',
      'Wirtschaftsrat der CDU e.V.',
      'HTWK Leipzig',
    ]);
    expect(conference.sessions).toHaveLength(1);
    expect(conference.sessions[0]?.speakers.map((s) => s.name)).toEqual([
      'Dr. Daniela Dylakiewicz',
      'Dr. Tobias J. Knoblich',
      'Bernd Schlömer',
    ]);

    const example = await db.event.findUniqueOrThrow({
      where: { slug: EXAMPLE_SLUG },
      include: { questions: { orderBy: { position: 'asc' } } },
    });
    expect(example.questions.map((q) => [q.labelDe, q.type])).toEqual([
      ['Teilnahme am Mittagessen?', 'singleChoice'],
      ['Ernährungshinweise', 'text'],
    ]);
    expect(example.photoNotice).toMatch(/fotografiert/);
    expect(example.isExample).toBe(true);
    expect(example.title).toContain('Beispielveranstaltung');
    expect(example.capacity).toBe(250);
    // About four months after the first seeding, and not moved by the second.
    const days = (example.startsAt.getTime() - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(110);
    expect(days).toBeLessThan(130);
    expect(example.startsAt.getUTCDay()).toBe(4);
    expect(await db.event.count({ where: { slug: { in: [CONFERENCE_SLUG, EXAMPLE_SLUG] } } })).toBe(2);
  });
});
