import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { duplicateEvent, nextEditionDefaults } from './duplicate-service';
import { duplicateEventSchema } from './editor-schema';

const actor = 'orga@example.test';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const YEAR = 365 * 24 * 3600 * 1000;

async function sourceEvent() {
  const startsAt = new Date('2025-04-03T07:00:00Z');
  const event = await createTestEvent({
    title: '16. Testkonferenz',
    startsAt,
    endsAt: new Date('2025-04-03T15:00:00Z'),
    published: true,
    confirmedCount: 1,
    capacity: 200,
    waitlistEnabled: true,
    registrationOpensAt: new Date('2025-01-01T08:00:00Z'),
    photoNotice: 'Fotos',
    retentionDays: 90,
    reminderDaysBefore: 3,
    invitationOnly: true,
    approvalRequired: true,
    approvalOverflow: 'refuse',
    maxGroupSize: 8,
    reservedSeats: 20,
    reservedTaken: 5,
    reservedReleaseAt: new Date('2025-03-20T08:00:00Z'),
    reservedReleasedAt: new Date('2025-03-20T08:00:00Z'),
    themes: ['KI'],
    venueDirections: 'Tram 11',
    titleEn: '16th Test Conference',
    mottoEn: 'Motto',
    descriptionEn: 'About',
    themesEn: ['AI'],
    venueDirectionsEn: 'Tram 11 (English)',
    photoNoticeEn: 'Photos',
  });
  await db.host.create({
    data: {
      eventId: event.id,
      name: 'Cluster IT',
      role: 'Veranstalter',
      roleEn: 'Organiser',
      url: 'https://example.org',
      logo: PNG,
      logoMime: 'image/png',
      position: 0,
    },
  });
  await db.eventSession.create({
    data: {
      eventId: event.id,
      startsAt: new Date('2025-04-03T08:00:00Z'),
      endsAt: new Date('2025-04-03T09:00:00Z'),
      title: 'Keynote',
      titleEn: 'Keynote (EN)',
      descriptionEn: 'Opening talk',
      room: 'Aula',
      speakers: {
        create: [
          { name: 'Prof. A', role: 'Rektorin', roleEn: 'Rector', position: 0 },
          { name: 'Dr. B', organization: 'HTWK', position: 1 },
        ],
      },
    },
  });
  await db.question.create({ data: { eventId: event.id, type: 'text', labelDe: 'Aktiv', position: 0 } });
  await db.question.create({
    data: { eventId: event.id, type: 'text', labelDe: 'Archiviert', position: 1, archivedAt: new Date() },
  });
  await db.registration.create({
    data: {
      eventId: event.id,
      ticketCode: randomBytes(8).toString('hex'),
      manageToken: randomBytes(16).toString('hex'),
      firstName: 'Erika',
      lastName: 'Müller',
      email: `e-${randomBytes(4).toString('hex')}@example.test`,
      privacyConsentVersion: 'v1',
      privacyConsentAt: new Date(),
    },
  });
  return event;
}

describe('duplicateEvent', () => {
  it('copies texts, settings (access and an unused contingent too), hosts with logos, programme with speakers and active questions; shifts dates; not registrations', async () => {
    const source = await sourceEvent();
    const slug = `copy-${randomBytes(4).toString('hex')}`;
    const copy = await duplicateEvent(
      actor,
      source.id,
      duplicateEventSchema.parse({
        title: '17. Testkonferenz',
        titleEn: '17th Test Conference',
        slug,
        startsAt: '2026-04-02T09:00',
      }),
    );
    const row = await db.event.findUniqueOrThrow({
      where: { id: copy.id },
      include: {
        hosts: true,
        sessions: { include: { speakers: { orderBy: { position: 'asc' } } } },
        questions: true,
        _count: { select: { registrations: true } },
      },
    });
    expect(row).toMatchObject({
      slug,
      title: '17. Testkonferenz',
      published: false,
      confirmedCount: 0,
      capacity: 200,
      waitlistEnabled: true,
      photoNotice: 'Fotos',
      retentionDays: 90,
      reminderDaysBefore: 3,
      themes: ['KI'],
      venueDirections: 'Tram 11',
      reminderQueuedAt: null,
      invitationOnly: true,
      approvalRequired: true,
      approvalOverflow: 'refuse',
      maxGroupSize: 8,
      reservedSeats: 20,
      reservedTaken: 0,
      reservedReleasedAt: null,
      titleEn: '17th Test Conference',
      mottoEn: 'Motto',
      descriptionEn: 'About',
      themesEn: ['AI'],
      venueDirectionsEn: 'Tram 11 (English)',
      photoNoticeEn: 'Photos',
    });
    // 2026-04-02 09:00 in Berlin (summer time) is 07:00 UTC: 364 days after the source.
    expect(row.startsAt.toISOString()).toBe('2026-04-02T07:00:00.000Z');
    const shift = row.startsAt.getTime() - source.startsAt.getTime();
    expect(row.endsAt.getTime() - source.endsAt.getTime()).toBe(shift);
    expect(row.registrationOpensAt!.toISOString()).toBe(
      new Date(new Date('2025-01-01T08:00:00Z').getTime() + shift).toISOString(),
    );
    expect(row.reservedReleaseAt!.getTime() - new Date('2025-03-20T08:00:00Z').getTime()).toBe(shift);
    expect(row.hosts).toHaveLength(1);
    expect(row.hosts[0]).toMatchObject({ name: 'Cluster IT', roleEn: 'Organiser', logoMime: 'image/png' });
    expect(Buffer.from(row.hosts[0]!.logo!)).toEqual(Buffer.from(PNG));
    expect(
      row.sessions.map((s) => [s.title, s.room, s.startsAt.toISOString(), s.speakers.map((sp) => sp.name)]),
    ).toEqual([['Keynote', 'Aula', '2026-04-02T08:00:00.000Z', ['Prof. A', 'Dr. B']]]);
    expect(row.sessions[0]).toMatchObject({ titleEn: 'Keynote (EN)', descriptionEn: 'Opening talk' });
    expect(row.sessions[0]?.speakers[0]).toMatchObject({ role: 'Rektorin', roleEn: 'Rector' });
    expect(row.questions.map((q) => q.labelDe)).toEqual(['Aktiv']);
    expect(row._count.registrations).toBe(0);
    expect(await db.registration.count({ where: { eventId: source.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: copy.id } });
    expect(audit).toMatchObject({
      action: 'event.duplicate',
      actor,
      details: { sourceEventId: source.id, shiftDays: Math.round(shift / 86_400_000) },
    });
  });

  it('copies how people attend and book workshops, but never the places taken', async () => {
    const source = await createTestEvent({
      attendanceFormat: 'hybrid',
      onlineCapacity: 300,
      onlineConfirmedCount: 40,
      confirmedCount: 10,
      streamUrl: 'https://stream.example.org/live',
      streamReleaseMinutes: 45,
      sessionChoice: 'required',
    });
    await db.eventSession.create({
      data: {
        eventId: source.id,
        title: 'Workshop',
        startsAt: source.startsAt,
        endsAt: new Date(source.startsAt.getTime() + 3_600_000),
        bookable: true,
        capacity: 25,
        confirmedCount: 20,
        waitlistEnabled: true,
      },
    });
    const slug = `copy-${randomBytes(4).toString('hex')}`;
    const copy = await duplicateEvent(
      actor,
      source.id,
      duplicateEventSchema.parse({ title: 'Nächste Ausgabe', slug, startsAt: '2027-04-02T09:00' }),
    );
    const row = await db.event.findUniqueOrThrow({ where: { id: copy.id }, include: { sessions: true } });
    expect(row).toMatchObject({
      attendanceFormat: 'hybrid',
      onlineCapacity: 300,
      onlineConfirmedCount: 0,
      confirmedCount: 0,
      streamUrl: 'https://stream.example.org/live',
      streamReleaseMinutes: 45,
      sessionChoice: 'required',
    });
    expect(row.sessions).toHaveLength(1);
    expect(row.sessions[0]).toMatchObject({ bookable: true, capacity: 25, waitlistEnabled: true, confirmedCount: 0 });
  });

  it('refuses a taken slug at the slug field and copies nothing', async () => {
    const source = await sourceEvent();
    const input = duplicateEventSchema.parse({ title: 'Kopie X', slug: source.slug, startsAt: '2026-04-02T09:00' });
    await expect(duplicateEvent(actor, source.id, input)).rejects.toMatchObject({
      fieldErrors: { slug: { key: 'slugTaken' } },
    });
    expect(await db.event.count({ where: { title: 'Kopie X' } })).toBe(0);
  });

  it('counts the English title on as an ordinal: 16th → 17th, 21st → 22nd, 12th → 13th', () => {
    const start = new Date('2025-04-03T07:00:00Z');
    const next = (titleEn: string) => nextEditionDefaults({ title: 'T', titleEn, slug: 't', startsAt: start }).titleEn;
    expect(next('16th Central German Digitalisation Conference')).toBe('17th Central German Digitalisation Conference');
    expect(next('21st Conference')).toBe('22nd Conference');
    expect(next('12th Conference')).toBe('13th Conference');
    expect(next('Conference')).toBe('Conference');
  });

  it('suggests the next edition: number +1, one year later, the edition number or the year in the slug', () => {
    expect(
      nextEditionDefaults({ title: '16. Konferenz', slug: '16-konferenz', startsAt: new Date('2025-04-03T07:00:00Z') })
        .slug,
    ).toBe('17-konferenz');
    const d = nextEditionDefaults({
      title: '16. Mitteldeutsche Digitalisierungskonferenz',
      slug: 'digitalisierungskonferenz-2025',
      startsAt: new Date('2025-04-03T07:00:00Z'),
    });
    expect(d).toEqual({
      title: '17. Mitteldeutsche Digitalisierungskonferenz',
      titleEn: null,
      slug: 'digitalisierungskonferenz-2026',
      startsAt: new Date(new Date('2025-04-03T07:00:00Z').getTime() + YEAR),
    });
  });
});
