import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { addAttendee, addCertificate, createCertificateEvent } from '@/test/certificate-delivery-fixtures';
import { getCertificateForManageToken, sendCertificates } from './delivery-service';

const ORGANIZER = 'orga.bescheinigungen@example.test';

const certificateMails = (eventId: string) =>
  db.outboxMail.findMany({
    where: { eventId, kind: 'certificate' },
    select: { registrationId: true, recipient: true },
  });

describe('sendCertificates', () => {
  it('refuses before the end and when certificates are off, and queues nothing', async () => {
    const running = await createCertificateEvent({ ended: false });
    await addAttendee(running.id, { checkedIn: true });
    const off = await createCertificateEvent({ enabled: false });
    await addAttendee(off.id, { checkedIn: true });

    expect(await sendCertificates(running.id, ORGANIZER)).toEqual({ outcome: 'notEnded' });
    expect(await sendCertificates(off.id, ORGANIZER)).toEqual({ outcome: 'disabled' });
    expect(await db.certificate.count({ where: { eventId: { in: [running.id, off.id] } } })).toBe(0);
    expect(await certificateMails(running.id)).toEqual([]);
    expect(await certificateMails(off.id)).toEqual([]);
  });

  it('queues one mail per eligible person; sending again, even twice at once, queues nobody twice', async () => {
    const event = await createCertificateEvent();
    const a = await addAttendee(event.id, { checkedIn: true });
    const b = await addAttendee(event.id, { checkedIn: true });
    await addAttendee(event.id);

    expect(await sendCertificates(event.id, ORGANIZER)).toEqual({ outcome: 'queued', queued: 2 });
    const first = await certificateMails(event.id);
    expect(first.map((m) => m.registrationId).sort()).toEqual([a.id, b.id].sort());

    const again = await Promise.all([sendCertificates(event.id, ORGANIZER), sendCertificates(event.id, ORGANIZER)]);
    expect(again).toEqual([
      { outcome: 'queued', queued: 0 },
      { outcome: 'queued', queued: 0 },
    ]);
    expect(await certificateMails(event.id)).toHaveLength(2);
  });

  it('sends nothing to revoked certificates, cancelled registrations or people without an address', async () => {
    const event = await createCertificateEvent();
    const kept = await addAttendee(event.id, { checkedIn: true });
    const revoked = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(revoked.id, { revoked: true });
    await addAttendee(event.id, { checkedIn: true, status: 'cancelled' });
    await addAttendee(event.id, { checkedIn: true, email: false });

    expect(await sendCertificates(event.id, ORGANIZER)).toEqual({ outcome: 'queued', queued: 1 });
    expect((await certificateMails(event.id)).map((m) => m.registrationId)).toEqual([kept.id]);
    const audit = await db.auditLog.findFirst({ where: { eventId: event.id, action: 'certificate.send' } });
    expect(audit?.actor).toBe(ORGANIZER);
  });

  it('says so when nobody is eligible', async () => {
    const event = await createCertificateEvent();
    await addAttendee(event.id);
    expect(await sendCertificates(event.id, ORGANIZER)).toEqual({ outcome: 'none' });
  });
});

describe('getCertificateForManageToken', () => {
  it('issues on demand after the end for a checked-in person', async () => {
    const event = await createCertificateEvent();
    const r = await addAttendee(event.id, { checkedIn: true });
    const found = await getCertificateForManageToken(r.manageToken);
    const stored = await db.certificate.findUniqueOrThrow({ where: { registrationId: r.id } });
    expect(found).toEqual({ ok: true, certificateId: stored.id, holderName: stored.holderName, locale: 'de' });
  });

  it('refuses before the end, without check-in, when revoked, and for an unknown link', async () => {
    const running = await createCertificateEvent({ ended: false });
    const early = await addAttendee(running.id, { checkedIn: true });
    const event = await createCertificateEvent();
    const absent = await addAttendee(event.id);
    const revoked = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(revoked.id, { revoked: true });

    expect(await getCertificateForManageToken(early.manageToken)).toEqual({ ok: false, reason: 'notEnded' });
    expect(await getCertificateForManageToken(absent.manageToken)).toEqual({ ok: false, reason: 'notEligible' });
    expect(await getCertificateForManageToken(revoked.manageToken)).toEqual({ ok: false, reason: 'notEligible' });
    expect(await getCertificateForManageToken('no-such-token')).toEqual({ ok: false, reason: 'notFound' });
    expect(await db.certificate.count({ where: { registrationId: { in: [early.id, absent.id] } } })).toBe(0);
  });
});
