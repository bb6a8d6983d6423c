import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import type { z } from 'zod';
import { inputError } from '@/lib/errors';
import { createEventSchema, eventBasicsSchema, eventSettingsSchema } from './editor-schema';
import { createEvent, setEventPublished, updateEventBasics, updateEventSettings } from './editor-service';

const actor = 'orga@example.test';
const slug = () => `editor-${randomBytes(4).toString('hex')}`;
const basics = (overrides: Record<string, unknown> = {}) => ({
  title: '17. Mitteldeutsche Digitalisierungskonferenz',
  slug: slug(),
  motto: '',
  description: 'Text',
  themes: 'KI\nVerwaltung',
  startsAt: '2026-04-02T09:00',
  endsAt: '2026-04-02T17:00',
  ...overrides,
});
const venue = {
  venueName: 'HTWK Leipzig',
  venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig',
  venueRoom: '',
  venueDirections: '',
};
// The services take parsed input, as the actions hand it over.
const newEvent = (overrides: Record<string, unknown> = {}) =>
  createEventSchema.parse({ ...basics(overrides), ...venue });
const parsedBasics = (overrides: Record<string, unknown> = {}) => eventBasicsSchema.parse(basics(overrides));
// What an action answers for these issues.
const fieldErrors = (error: z.ZodError | undefined) => inputError(error?.issues ?? []).fieldErrors ?? {};
const audits = (eventId: string) =>
  db.auditLog.findMany({
    where: { eventId },
    orderBy: { at: 'asc' },
    select: { action: true, actor: true, details: true },
  });
const registration = (eventId: string) =>
  db.registration.create({
    data: {
      eventId,
      ticketCode: randomBytes(8).toString('hex'),
      manageToken: randomBytes(16).toString('hex'),
      firstName: 'Erika',
      lastName: 'Müller',
      email: `e-${randomBytes(4).toString('hex')}@example.test`,
      privacyConsentVersion: 'v1',
      privacyConsentAt: new Date(),
    },
  });

describe('event editor validation', () => {
  it('reports each invalid field of a new event with a German message', () => {
    const result = createEventSchema.safeParse({
      ...basics({ title: ' ', slug: 'Mit Leerzeichen', startsAt: '2026-04-02T09:00', endsAt: '2026-04-02T08:00' }),
      venueName: '',
      venueAddress: 'x',
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error);
    expect(errors.title).toBe('Bitte einen Titel angeben.');
    expect(errors.slug).toMatch(/Kleinbuchstaben/);
    expect(errors.venueName).toMatch(/Veranstaltungsort/);
    expect(errors.endsAt).toBe('Das Ende muss nach dem Beginn liegen.');
    expect(errors.venueAddress).toBeUndefined();
  });

  it('reads dates as Berlin wall-clock time (summer and winter) and refuses impossible ones', () => {
    const parsed = createEventSchema.parse({
      ...basics({ startsAt: '2026-07-01T09:00', endsAt: '2026-12-01T09:00' }),
      ...venue,
    });
    expect(parsed.startsAt.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(parsed.endsAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    const bad = createEventSchema.safeParse({ ...basics({ startsAt: '2026-02-30T09:00' }), ...venue });
    expect(fieldErrors(bad.error).startsAt).toBe('Dieses Datum gibt es nicht.');
  });

  it('settings: empty capacity and reminder mean unlimited and off; bad numbers are field errors', () => {
    const ok = eventSettingsSchema.parse({
      capacity: '',
      waitlistEnabled: true,
      registrationOpensAt: '',
      registrationClosesAt: '',
      reminderDaysBefore: '',
      photoNotice: '',
      retentionDays: '90',
    });
    expect(ok).toMatchObject({
      capacity: null,
      reminderDaysBefore: null,
      retentionDays: 90,
      registrationOpensAt: null,
      photoNotice: null,
    });
    const bad = eventSettingsSchema.safeParse({ capacity: '2,5', reminderDaysBefore: '-1', retentionDays: '0' });
    expect(Object.keys(fieldErrors(bad.error)).sort()).toEqual(['capacity', 'reminderDaysBefore', 'retentionDays']);
    const window = eventSettingsSchema.safeParse({
      retentionDays: '180',
      registrationOpensAt: '2026-03-01T00:00',
      registrationClosesAt: '2026-02-01T00:00',
    });
    expect(fieldErrors(window.error)).toEqual({
      registrationClosesAt: 'Der Anmeldeschluss muss nach dem Anmeldebeginn liegen.',
    });
  });
});

describe('event editor service', () => {
  it('creates an unpublished event and audits it', async () => {
    const event = await createEvent(actor, newEvent());
    const row = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ published: false, themes: ['KI', 'Verwaltung'], motto: null, venueRoom: null });
    expect(await audits(event.id)).toEqual([{ action: 'event.create', actor, details: {} }]);
  });

  it('refuses a slug that is taken, at the slug field, and writes nothing', async () => {
    const other = await createTestEvent();
    const attempt = createEvent(actor, newEvent({ slug: other.slug, title: 'Doppelt' }));
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { slug: { key: 'slugTaken' } },
      message: 'Diese Kurzadresse ist schon vergeben.',
    });
    expect(await db.event.count({ where: { title: 'Doppelt' } })).toBe(0);
  });

  it('changes the slug only while unpublished and without registrations', async () => {
    const event = await createEvent(actor, newEvent());
    const renamed = slug();
    expect(await updateEventBasics(actor, event.id, parsedBasics({ slug: renamed }))).toEqual({
      slug: renamed,
      previousSlug: event.slug,
    });
    await registration(event.id);
    const locked = updateEventBasics(actor, event.id, parsedBasics({ slug: slug() }));
    await expect(locked).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { slug: { key: 'slugFixed' } } });
    // Other fields still save with the same slug.
    await updateEventBasics(actor, event.id, parsedBasics({ slug: renamed, title: 'Neuer Titel' }));
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).title).toBe('Neuer Titel');
    expect((await audits(event.id)).map((a) => a.action)).toEqual(['event.create', 'event.update', 'event.update']);
  });

  it('never lowers the capacity below the confirmed seats', async () => {
    const event = await createTestEvent({ capacity: 10, confirmedCount: 5 });
    const settings = { capacity: '4', waitlistEnabled: false, retentionDays: '180', reminderDaysBefore: '2' };
    await expect(updateEventSettings(actor, event.id, eventSettingsSchema.parse(settings))).rejects.toMatchObject({
      fieldErrors: { capacity: { key: 'capacityBelowConfirmed', values: { count: 5 } } },
    });
    const lowered = eventSettingsSchema.parse({ ...settings, capacity: '5', reminderDaysBefore: '' });
    await updateEventSettings(actor, event.id, lowered);
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      capacity: 5,
      reminderDaysBefore: null,
    });
  });

  it('publishes and unpublishes with one audit entry each, and none for a no-op', async () => {
    const event = await createEvent(actor, newEvent());
    const confirmation = { confirmed: ['futureDate', 'capacity', 'programme', 'legal'], legalConfigured: false };
    await setEventPublished(actor, event.id, true, confirmation);
    await setEventPublished(actor, event.id, true, confirmation);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(true);
    await setEventPublished(actor, event.id, false);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(false);
    expect((await audits(event.id)).map((a) => a.action)).toEqual(['event.create', 'event.publish', 'event.unpublish']);
  });

  it('refuses to publish while an unmet checklist item is unconfirmed, and writes nothing', async () => {
    const event = await createEvent(actor, newEvent());
    await expect(
      setEventPublished(actor, event.id, true, {
        confirmed: ['futureDate', 'capacity', 'programme'],
        legalConfigured: false,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', key: 'publishChecklistUnconfirmed' });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(false);
    expect((await audits(event.id)).map((a) => a.action)).toEqual(['event.create']);
    await setEventPublished(actor, event.id, true, {
      confirmed: ['futureDate', 'capacity', 'programme'],
      legalConfigured: true,
    });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(true);
  });
});
