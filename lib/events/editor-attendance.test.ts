import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inputError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { eventAttendanceSchema } from './editor-attendance-schema';
import { updateEventAttendance } from './editor-attendance-service';

const actor = 'orga@example.test';
const STREAM = 'https://stream.example.org/live/abc?key=1';
const fieldErrorsOf = (values: Record<string, unknown>) => {
  const result = eventAttendanceSchema.safeParse(values);
  return result.success ? {} : (inputError(result.error.issues).fieldErrors ?? {});
};
const save = (eventId: string, values: Record<string, unknown>) =>
  updateEventAttendance(actor, eventId, eventAttendanceSchema.parse(values));

async function registration(eventId: string, mode: 'onsite' | 'online', status: 'confirmed' | 'cancelled') {
  await db.registration.create({
    data: {
      eventId,
      mode,
      status,
      ticketCode: randomBytes(8).toString('hex'),
      manageToken: randomBytes(16).toString('hex'),
      firstName: 'Erika',
      lastName: 'Müller',
      email: `e-${randomBytes(4).toString('hex')}@example.test`,
      privacyConsentVersion: 'v1',
      privacyConsentAt: new Date(),
    },
  });
}

describe('attendance schema', () => {
  it('validates the defaults when the keys are missing (prefault): on site, unlimited, 30 minutes, optional', () => {
    expect(eventAttendanceSchema.parse({})).toEqual({
      attendanceFormat: 'onsite',
      onlineCapacity: null,
      streamUrl: null,
      streamReleaseMinutes: 30,
      sessionChoice: 'optional',
    });
  });

  it('takes only https addresses for the stream, without credentials or spaces', () => {
    expect(fieldErrorsOf({ streamUrl: STREAM })).toEqual({});
    const https = 'Bitte geben Sie eine vollständige https-Adresse an, zum Beispiel https://stream.example.org/live.';
    for (const bad of [
      'http://stream.example.org/live',
      'javascript:alert(1)',
      'stream.example.org',
      'https://user:secret@stream.example.org/',
      'https://stream.example.org/a b',
    ])
      expect(fieldErrorsOf({ streamUrl: bad }), bad).toEqual({ streamUrl: https });
    expect(fieldErrorsOf({ streamUrl: `https://x.example/${'a'.repeat(2000)}` }).streamUrl).toMatch(/zu lang/);
  });

  it('bounds online places (1..100000 or empty) and the release (0..10080 minutes); refuses unknown choices', () => {
    expect(fieldErrorsOf({ onlineCapacity: '0' }).onlineCapacity).toMatch(/1 bis 100000/);
    expect(fieldErrorsOf({ onlineCapacity: '2,5' }).onlineCapacity).toMatch(/1 bis 100000/);
    expect(fieldErrorsOf({ streamReleaseMinutes: '-1' }).streamReleaseMinutes).toMatch(/0 bis 10080/);
    expect(fieldErrorsOf({ streamReleaseMinutes: '10081' }).streamReleaseMinutes).toMatch(/0 bis 10080/);
    expect(fieldErrorsOf({ streamReleaseMinutes: '' }).streamReleaseMinutes).toMatch(/0 bis 10080/);
    expect(fieldErrorsOf({ attendanceFormat: 'both' }).attendanceFormat).toBe('Bitte wählen Sie ein Format.');
    expect(fieldErrorsOf({ sessionChoice: 'always' }).sessionChoice).toBeTruthy();
    expect(eventAttendanceSchema.parse({ streamReleaseMinutes: '0', onlineCapacity: ' 40 ' })).toMatchObject({
      streamReleaseMinutes: 0,
      onlineCapacity: 40,
    });
  });
});

describe('updateEventAttendance', () => {
  it('saves format, places, stream, release and choice with an audit entry that never names the stream', async () => {
    const event = await createTestEvent();
    await save(event.id, {
      attendanceFormat: 'hybrid',
      onlineCapacity: '300',
      streamUrl: STREAM,
      streamReleaseMinutes: '15',
      sessionChoice: 'required',
    });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      attendanceFormat: 'hybrid',
      onlineCapacity: 300,
      streamUrl: STREAM,
      streamReleaseMinutes: 15,
      sessionChoice: 'required',
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: event.id, action: 'event.update' } });
    expect(audit.details).toMatchObject({ section: 'attendance', format: 'hybrid' });
    expect(JSON.stringify(audit)).not.toContain('stream.example.org');
  });

  it('refuses online places below the confirmed online seats with 409 and the count; nothing changes', async () => {
    const event = await createTestEvent({ attendanceFormat: 'hybrid', onlineCapacity: 50, onlineConfirmedCount: 12 });
    await expect(save(event.id, { attendanceFormat: 'hybrid', onlineCapacity: '11' })).rejects.toMatchObject({
      code: 'CONFLICT',
      status: 409,
      fieldErrors: { onlineCapacity: { key: 'onlinePlacesBelowConfirmed', values: { count: 12 } } },
    });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).onlineCapacity).toBe(50);
    await save(event.id, { attendanceFormat: 'hybrid', onlineCapacity: '12' });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).onlineCapacity).toBe(12);
  });

  it('keeps a mode that active registrations use: no on-site-only with online people, no online-only with on-site', async () => {
    const event = await createTestEvent({ attendanceFormat: 'hybrid' });
    await registration(event.id, 'online', 'confirmed');
    await registration(event.id, 'online', 'cancelled');
    await registration(event.id, 'onsite', 'confirmed');
    await registration(event.id, 'onsite', 'confirmed');
    await expect(save(event.id, { attendanceFormat: 'onsite' })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { attendanceFormat: { key: 'formatHasOnline', values: { count: 1 } } },
    });
    await expect(save(event.id, { attendanceFormat: 'online' })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { attendanceFormat: { key: 'formatHasOnsite', values: { count: 2 } } },
    });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).attendanceFormat).toBe('hybrid');
    // An on-site event with registrations may become hybrid.
    const onsite = await createTestEvent();
    await registration(onsite.id, 'onsite', 'confirmed');
    await save(onsite.id, { attendanceFormat: 'hybrid' });
    expect((await db.event.findUniqueOrThrow({ where: { id: onsite.id } })).attendanceFormat).toBe('hybrid');
  });

  it('answers 404 for an unknown event', async () => {
    await expect(save('no-such-event', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
