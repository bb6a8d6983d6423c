import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { pastEventWithRegistrations } from '@/test/retention-fixtures';
import { anonymisationDate } from './schedule';
import { anonymiseDueEvents } from './service';

// Dates around 2000, so that no other test file's events are due at `now` (the database is shared).
const NOW = new Date('2001-06-01T03:15:00Z');

describe('retention job', () => {
  it('anonymises only due events, clears the personal fields, keeps counts and choice answers, audits once, and is idempotent', async () => {
    const due = await pastEventWithRegistrations(new Date('2000-11-30T17:00:00Z'), [{ newsletter: true }, {}]);
    const notDue = await pastEventWithRegistrations(new Date('2001-05-20T17:00:00Z'), [{}]);
    expect(anonymisationDate(due.event)).toEqual(new Date('2001-05-29T17:00:00Z'));
    const [first] = due.registrations as [string, string];
    await db.registration.update({
      where: { id: first },
      data: {
        checkedInAt: new Date('2000-11-30T08:00:00Z'),
        checkedInBy: 'einlass@example.test',
        joinToken: `join-${first}`,
      },
    });
    const before = await db.registration.findMany({ where: { eventId: due.event.id }, orderBy: { id: 'asc' } });
    expect(before[0]?.newsletterToken ?? before[1]?.newsletterToken).toBeTruthy();
    const eventBefore = await db.event.findUniqueOrThrow({ where: { id: due.event.id } });

    const run = await anonymiseDueEvents(NOW);
    expect(run.events).toEqual([{ eventId: due.event.id, registrations: 2 }]);

    const after = await db.registration.findMany({ where: { eventId: due.event.id }, orderBy: { id: 'asc' } });
    expect(after.map((r) => r.status)).toEqual(before.map((r) => r.status));
    for (const [i, r] of after.entries()) {
      expect(r).toMatchObject({
        firstName: 'Anonymisiert',
        lastName: 'Anonymisiert',
        email: `anonymisiert+${r.id}@invalid`,
        organization: null,
        position: null,
        title: null,
        salutation: null,
        newsletterToken: null,
        checkedInBy: null,
        joinToken: null,
        anonymizedAt: NOW,
      });
      expect(r.answers).toEqual({ [due.questions.choice]: 'veg' });
      expect(r.manageToken).not.toBe(before[i]!.manageToken);
      expect(r.ticketCode).toBe(before[i]!.ticketCode);
      expect(r.privacyConsentAt).toEqual(before[i]!.privacyConsentAt);
    }
    expect(after.find((r) => r.id === first)?.checkedInAt).toEqual(new Date('2000-11-30T08:00:00Z'));
    const eventAfter = await db.event.findUniqueOrThrow({ where: { id: due.event.id } });
    expect(eventAfter.anonymizedAt).toEqual(NOW);
    expect(eventAfter.confirmedCount).toBe(eventBefore.confirmedCount);
    const mails = await db.outboxMail.findMany({ where: { registrationId: { in: due.registrations } } });
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) expect(mail.recipient).toBe(`anonymisiert+${mail.registrationId}@invalid`);

    const untouched = await db.registration.findFirstOrThrow({ where: { eventId: notDue.event.id } });
    expect(untouched.firstName).toBe('Erika');
    expect(untouched.anonymizedAt).toBeNull();
    expect((await db.event.findUniqueOrThrow({ where: { id: notDue.event.id } })).anonymizedAt).toBeNull();

    const audit = await db.auditLog.findMany({ where: { action: 'retention.anonymise', eventId: due.event.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'system', details: { registrations: 2 } });
    expect(JSON.stringify(audit[0])).not.toContain('Erika');

    const again = await anonymiseDueEvents(new Date(NOW.getTime() + 24 * 60 * 60 * 1000));
    expect(again.events.map((e) => e.eventId)).not.toContain(due.event.id);
    expect(await db.auditLog.count({ where: { action: 'retention.anonymise', eventId: due.event.id } })).toBe(1);
    const afterAgain = await db.registration.findMany({ where: { eventId: due.event.id }, orderBy: { id: 'asc' } });
    expect(afterAgain.map((r) => r.manageToken)).toEqual(after.map((r) => r.manageToken));
  });

  it("anonymises a group's submitter, their summary mail's address and an organizer's decision note", async () => {
    const due = await pastEventWithRegistrations(new Date('2000-10-30T17:00:00Z'), [{}]);
    const [registrationId] = due.registrations as [string];
    const group = await db.registrationGroup.create({
      data: {
        eventId: due.event.id,
        submitterSalutation: 'Frau',
        submitterTitle: 'Dr.',
        submitterFirstName: 'Sabine',
        submitterLastName: 'Abteilungsleiterin',
        submitterOrganization: 'Landesamt',
        submitterEmail: 'leitung@example.test',
      },
    });
    await db.registration.update({
      where: { id: registrationId },
      data: { groupId: group.id, decisionNote: 'Willkommen, Frau Erika!', decidedBy: 'orga@example.test' },
    });
    const mail = await db.outboxMail.create({
      data: { id: crypto.randomUUID(), kind: 'group_summary', recipient: 'leitung@example.test', groupId: group.id },
    });

    await anonymiseDueEvents(NOW);

    const groupAfter = await db.registrationGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(groupAfter).toMatchObject({
      submitterSalutation: null,
      submitterTitle: null,
      submitterFirstName: 'Anonymisiert',
      submitterLastName: 'Anonymisiert',
      submitterOrganization: null,
      submitterEmail: `anonymisiert+${group.id}@invalid`,
    });
    expect((await db.registration.findUniqueOrThrow({ where: { id: registrationId } })).decisionNote).toBeNull();
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).recipient).toBe(
      `anonymisiert+${group.id}@invalid`,
    );
  });
});
