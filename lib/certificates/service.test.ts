import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { ELIGIBILITY_RULES, type EligibilityRule, eligibleWithoutCertificate } from './eligibility';
import type { SessionAttendanceSource } from './hours';
import { verifyCertificateSignature } from './keys';
import { certificatePayload } from './payload';
import { grantCertificate, issueCertificateFor, issueCertificates, revokeCertificate } from './service';
import { certificateEvent } from '@/test/certificate-fixtures';

const ORGANIZER = 'orga@example.test';

describe('eligibility', () => {
  it('admits checked-in, not cancelled registrations; one more rule widens it without touching the rest', async () => {
    const { event, ids } = await certificateEvent(['checkedIn', 'absent', 'cancelled']);
    const eligible = async (rules: readonly EligibilityRule[]) =>
      (await db.registration.findMany({ where: eligibleWithoutCertificate(event.id, rules), select: { id: true } }))
        .map((r) => r.id)
        .sort();
    expect(await eligible(ELIGIBILITY_RULES)).toEqual([ids[0]]);
    const online: EligibilityRule = { name: 'joined-online', where: { id: ids[1] } };
    expect(await eligible([...ELIGIBILITY_RULES, online])).toEqual([ids[0], ids[1]].sort());
    // A cancelled registration stays out whatever a rule says.
    expect(await eligible([{ name: 'everyone', where: { eventId: event.id } }])).toEqual([ids[0], ids[1]].sort());
  });
});

describe('issueCertificates', () => {
  it('issues once per eligible person with signed frozen facts, and is idempotent', async () => {
    const { event, ids } = await certificateEvent(['checkedIn', 'checkedIn', 'absent', 'cancelled']);
    expect(await issueCertificates(event.id)).toEqual({ issued: 2, existing: 0 });
    expect(await issueCertificates(event.id)).toEqual({ issued: 0, existing: 2 });
    const rows = await db.certificate.findMany({ where: { eventId: event.id } });
    expect(rows.map((r) => r.registrationId).sort()).toEqual([ids[0], ids[1]].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        holderName: 'Frau Prof. Dr. Jürgen-Ülrike Größmann',
        eventTitle: 'Digitale Verwaltung',
        minutes: 360,
        sessions: [],
        grantedBy: null,
      });
      expect(verifyCertificateSignature(certificatePayload(row), row.signature)).toBe(true);
    }
    // Later edits of the event do not change what was certified.
    await db.event.update({ where: { id: event.id }, data: { title: 'Umbenannt' } });
    expect((await db.certificate.findFirstOrThrow({ where: { eventId: event.id } })).eventTitle).toBe(
      'Digitale Verwaltung',
    );
    const audit = await db.auditLog.findMany({ where: { eventId: event.id, action: 'certificate.issue' } });
    expect(audit.map((a) => a.details)).toEqual([{ count: 2 }]);
  });

  it('issues nothing while certificates are turned off', async () => {
    const { event } = await certificateEvent(['checkedIn'], { enabled: false });
    expect(await issueCertificates(event.id)).toEqual({ issued: 0, existing: 0 });
    expect(await db.certificate.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('issues each person once when two calls run at the same time', async () => {
    const { event } = await certificateEvent(['checkedIn', 'checkedIn', 'checkedIn', 'checkedIn']);
    const [a, b] = await Promise.all([issueCertificates(event.id), issueCertificates(event.id)]);
    expect(a.issued + b.issued).toBe(4);
    expect(await db.certificate.count({ where: { eventId: event.id } })).toBe(4);
  });

  it('never re-issues a revoked certificate', async () => {
    const { event, ids } = await certificateEvent(['checkedIn']);
    await issueCertificates(event.id);
    const first = await db.certificate.findUniqueOrThrow({ where: { registrationId: ids[0] } });
    await revokeCertificate({ certificateId: first.id, reason: 'Doppelt angemeldet', actor: ORGANIZER });
    expect(await issueCertificates(event.id)).toEqual({ issued: 0, existing: 0 });
    const again = await issueCertificateFor(ids[0]!);
    expect(again?.id).toBe(first.id);
    expect(again?.revokedAt).not.toBeNull();
    expect(await db.certificate.count({ where: { eventId: event.id } })).toBe(1);
  });

  it('counts hours from attended sessions when configured, else falls back to the fixed minutes', async () => {
    const { event, ids } = await certificateEvent(['checkedIn', 'checkedIn']);
    await db.certificateSettings.update({ where: { eventId: event.id }, data: { hoursMode: 'sessions' } });
    const sessions: SessionAttendanceSource = async () =>
      new Map([
        [
          ids[0]!,
          [
            { title: 'Eröffnung', titleEn: null, minutes: 45 },
            { title: 'Workshop', titleEn: null, minutes: 90 },
          ],
        ],
      ]);
    await issueCertificates(event.id, { sessions });
    const byPerson = await db.certificate.findMany({ where: { eventId: event.id } });
    expect(byPerson.find((c) => c.registrationId === ids[0])).toMatchObject({
      minutes: 135,
      sessions: ['Eröffnung', 'Workshop'],
    });
    expect(byPerson.find((c) => c.registrationId === ids[1])).toMatchObject({ minutes: 360, sessions: [] });
  });
});

describe('grant and revoke', () => {
  it('grants to someone not checked in with a reason, audited; refuses without a reason or twice', async () => {
    const { event, ids } = await certificateEvent(['absent']);
    await expect(grantCertificate({ registrationId: ids[0]!, reason: '  ', actor: ORGANIZER })).rejects.toMatchObject({
      key: 'reasonRequired',
    });
    const granted = await grantCertificate({
      registrationId: ids[0]!,
      reason: 'Online teilgenommen',
      actor: ORGANIZER,
    });
    expect(granted).toMatchObject({ grantedBy: ORGANIZER, grantReason: 'Online teilgenommen', minutes: 360 });
    await expect(
      grantCertificate({ registrationId: ids[0]!, reason: 'nochmal', actor: ORGANIZER }),
    ).rejects.toMatchObject({
      key: 'certificateExists',
    });
    const audit = await db.auditLog.findMany({ where: { eventId: event.id, action: 'certificate.grant' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: ORGANIZER, registrationId: ids[0] });
    expect(audit[0]!.details).toMatchObject({ certificateId: granted.id, reason: 'Online teilgenommen' });
  });

  it('revokes with a reason, audited, once', async () => {
    const { event, ids } = await certificateEvent(['checkedIn']);
    const certificate = (await issueCertificateFor(ids[0]!))!;
    await expect(
      revokeCertificate({ certificateId: certificate.id, reason: '', actor: ORGANIZER }),
    ).rejects.toMatchObject({
      key: 'reasonRequired',
    });
    const revoked = await revokeCertificate({
      certificateId: certificate.id,
      reason: 'Nicht anwesend',
      actor: ORGANIZER,
    });
    expect(revoked).toMatchObject({ revokedBy: ORGANIZER, revokeReason: 'Nicht anwesend' });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await expect(
      revokeCertificate({ certificateId: certificate.id, reason: 'x', actor: ORGANIZER }),
    ).rejects.toMatchObject({
      key: 'certificateRevoked',
    });
    const audit = await db.auditLog.findMany({ where: { eventId: event.id, action: 'certificate.revoke' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ certificateId: certificate.id, reason: 'Nicht anwesend' });
  });
});
