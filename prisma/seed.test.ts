import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { groupIntoSlots } from '@/lib/sessions/slots';
import { CONFERENCE_SLUG, EXAMPLE_SLUG, EXAMPLE_STREAM_URL, MAGDEBURG_SLUG, seed } from './seed';

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
    // 08:30–17:00 Leipzig time (CEST).
    expect(conference.startsAt.toISOString()).toBe('2025-04-03T06:30:00.000Z');
    expect(conference.endsAt.toISOString()).toBe('2025-04-03T15:00:00.000Z');
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
    expect(await db.event.count({ where: { slug: { in: [CONFERENCE_SLUG, EXAMPLE_SLUG, MAGDEBURG_SLUG] } } })).toBe(3);
  });

  it('makes the example event hybrid with a stream and two parallel bookable workshops after the plenary', async () => {
    await seed(db, new Date('2026-11-27T10:00:00Z'));
    const example = await db.event.findUniqueOrThrow({
      where: { slug: EXAMPLE_SLUG },
      include: { sessions: { orderBy: [{ startsAt: 'asc' }, { position: 'asc' }] } },
    });
    expect(example).toMatchObject({
      attendanceFormat: 'hybrid',
      capacity: 250,
      onlineCapacity: 500,
      streamUrl: EXAMPLE_STREAM_URL,
      sessionChoice: 'optional',
    });
    const workshops = example.sessions.filter((s) => s.bookable);
    expect(workshops.map((s) => [s.capacity, s.waitlistEnabled])).toEqual([
      [30, true],
      [20, false],
    ]);
    // Parallel: one time slot, after the plenary (the last session that is not bookable).
    expect(groupIntoSlots(workshops)).toHaveLength(1);
    const plenary = example.sessions.filter((s) => !s.bookable).at(-1)!;
    expect(workshops.every((w) => w.startsAt >= plenary.endsAt! && w.endsAt !== null)).toBe(true);
  });

  it('adds the 17th conference in Magdeburg on 11 March 2026 with its five themes and a programme', async () => {
    await seed(db, new Date('2026-11-27T10:00:00Z'));
    const magdeburg = await db.event.findUniqueOrThrow({
      where: { slug: MAGDEBURG_SLUG },
      include: { sessions: { orderBy: { startsAt: 'asc' } } },
    });
    expect(magdeburg.motto).toBe('Digital by Design – Verwaltung strategisch transformieren');
    expect(magdeburg.venueName).toBe('Otto-von-Guericke-Universität Magdeburg');
    expect(magdeburg.startsAt.toISOString()).toBe('2026-03-11T07:30:00.000Z');
    expect(magdeburg.themes).toHaveLength(5);
    expect(magdeburg.themesEn).toHaveLength(5);
    expect(magdeburg.sessions.length).toBeGreaterThan(5);
    expect(magdeburg.published).toBe(true);
  });

  it('gives every seeded event, session, speaker role and host role an English version', async () => {
    await seed(db, new Date('2026-11-27T10:00:00Z'));
    const events = await db.event.findMany({
      where: { slug: { in: [CONFERENCE_SLUG, EXAMPLE_SLUG, MAGDEBURG_SLUG] } },
      include: { hosts: true, sessions: { include: { speakers: true } } },
    });
    expect(events).toHaveLength(3);
    for (const e of events) {
      const missing = [
        ['titleEn', e.titleEn],
        ['mottoEn', e.motto && e.mottoEn],
        ['descriptionEn', e.description && e.descriptionEn],
        ['themesEn', e.themesEn.length === e.themes.length || null],
        ['venueDirectionsEn', !e.venueDirections || e.venueDirectionsEn],
        ['photoNoticeEn', !e.photoNotice || e.photoNoticeEn],
        ...e.sessions.flatMap((s) => [
          [`session ${s.title}`, s.titleEn],
          [`description of ${s.title}`, !s.description || s.descriptionEn],
          ...s.speakers.map((sp) => [`role of ${sp.name}`, !sp.role || sp.roleEn]),
        ]),
        ...e.hosts.map((h) => [`role of ${h.name}`, !h.role || h.roleEn]),
      ].filter(([, value]) => !value);
      expect(missing, e.slug).toEqual([]);
    }
  });
});
