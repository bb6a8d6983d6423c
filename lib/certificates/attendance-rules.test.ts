import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { certificateEvent } from '@/test/certificate-fixtures';
import { eligibleWithoutCertificate } from './eligibility';
import { checkedInSessionAttendance } from './hours';
import { issueCertificates } from './service';

const HOUR = 60 * 60 * 1000;

async function eligibleIds(eventId: string) {
  const rows = await db.registration.findMany({ where: eligibleWithoutCertificate(eventId), select: { id: true } });
  return rows.map((r) => r.id).sort();
}

/** A bookable session of the event, `from`–`to` hours after its start. */
async function workshop(event: { id: string; startsAt: Date }, title: string, from: number, to: number) {
  return db.eventSession.create({
    data: {
      eventId: event.id,
      title,
      titleEn: `${title} (en)`,
      startsAt: new Date(event.startsAt.getTime() + from * HOUR),
      endsAt: new Date(event.startsAt.getTime() + to * HOUR),
      bookable: true,
    },
  });
}

describe('online attendance earns a certificate', () => {
  it('admits an online attendee who opened the join link, not one who never did', async () => {
    const { event, ids } = await certificateEvent(['absent', 'absent', 'absent']);
    const [opened, neverOpened, onsiteAbsent] = ids as [string, string, string];
    await db.registration.update({
      where: { id: opened },
      data: { mode: 'online', joinToken: `t-${opened}`, joinFirstAt: event.startsAt, joinCount: 1 },
    });
    await db.registration.update({
      where: { id: neverOpened },
      data: { mode: 'online', joinToken: `t-${neverOpened}` },
    });
    expect(await eligibleIds(event.id)).toEqual([opened]);
    // A recorded open on an on-site registration is no online attendance.
    await db.registration.update({ where: { id: onsiteAbsent }, data: { joinFirstAt: event.startsAt } });
    expect(await eligibleIds(event.id)).toEqual([opened]);

    expect(await issueCertificates(event.id)).toEqual({ issued: 1, existing: 0 });
    const issued = await db.certificate.findMany({ where: { eventId: event.id }, select: { registrationId: true } });
    expect(issued).toEqual([{ registrationId: opened }]);
  });

  it('keeps a cancelled online registration out even if it opened the link', async () => {
    const { event, ids } = await certificateEvent(['cancelled']);
    await db.registration.update({ where: { id: ids[0] }, data: { mode: 'online', joinFirstAt: event.startsAt } });
    expect(await eligibleIds(event.id)).toEqual([]);
  });
});

describe('hours from the sessions attended', () => {
  it('sums the checked-in confirmed bookings; a booking not checked in or cancelled does not count', async () => {
    const { event, ids } = await certificateEvent(['checkedIn', 'checkedIn']);
    const [both, none] = ids as [string, string];
    await db.certificateSettings.update({ where: { eventId: event.id }, data: { hoursMode: 'sessions' } });
    const morning = await workshop(event, 'Werkstatt A', 1, 2.5);
    const afternoon = await workshop(event, 'Werkstatt B', 4, 5);
    const late = await workshop(event, 'Werkstatt C', 6, 7);
    const booking = (
      registrationId: string,
      sessionId: string,
      extra: { status: 'confirmed' | 'cancelled'; checkedInAt?: Date },
    ) => db.sessionBooking.create({ data: { eventId: event.id, registrationId, sessionId, ...extra } });
    await booking(both, afternoon.id, { status: 'confirmed', checkedInAt: event.startsAt });
    await booking(both, morning.id, { status: 'confirmed', checkedInAt: event.startsAt });
    await booking(both, late.id, { status: 'confirmed' });
    await booking(none, morning.id, { status: 'cancelled', checkedInAt: event.startsAt });

    const attended = await db.$transaction((tx) => checkedInSessionAttendance(tx, event.id, [both, none]));
    expect(attended.get(both)).toEqual([
      { title: 'Werkstatt A', titleEn: 'Werkstatt A (en)', minutes: 90 },
      { title: 'Werkstatt B', titleEn: 'Werkstatt B (en)', minutes: 60 },
    ]);
    expect(attended.has(none)).toBe(false);

    await issueCertificates(event.id);
    const certificates = await db.certificate.findMany({ where: { eventId: event.id } });
    expect(certificates.find((c) => c.registrationId === both)).toMatchObject({
      minutes: 150,
      sessions: ['Werkstatt A', 'Werkstatt B'],
    });
    // Nobody checked in at a room door: the fixed hours (6 h).
    expect(certificates.find((c) => c.registrationId === none)).toMatchObject({ minutes: 360, sessions: [] });
  });
});
