import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { confirmImport, fileHash, previewImport } from './import-service';
import { composeInvitationMailRow } from './mail';
import { enqueueDueInvitationReminders } from './reminders';
import { anonymiseInvitations } from './retention';
import {
  addInvitee,
  declineInvitation,
  markInvitationOpened,
  remindInvitations,
  sendInvitations,
  setReminderSchedule,
} from './service';

const ORGANIZER = 'orga.einladungen@example.test';
const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

async function invitationMails(eventId: string, kind: 'event_invitation' | 'event_invitation_reminder') {
  const rows = await db.outboxMail.findMany({ where: { eventId, kind }, select: { recipient: true } });
  return rows.map((r) => r.recipient).sort();
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return `${error.status} ${error.key}`;
    throw error;
  }
  return 'ok';
}

describe('import', () => {
  it('previews bad rows without storing, then imports the good ones once, however often it is confirmed', async () => {
    const event = await createTestEvent();
    await db.registration.create({
      data: {
        eventId: event.id,
        email: 'schon.da@example.test',
        firstName: 'Schon',
        lastName: 'Da',
        ticketCode: `T${event.id}`,
        manageToken: `m${event.id}`.padEnd(43, 'x'),
        privacyConsentVersion: 'test',
        privacyConsentAt: new Date(),
      },
    });
    await addInvitee(
      event.id,
      { firstName: 'Vorher', lastName: 'Eingeladen', email: 'vorher@example.test', locale: 'de' },
      ORGANIZER,
    );
    const file = csv([
      'Anrede;Titel;Vorname;Nachname;E-Mail;Organisation',
      'Frau;Dr.;Anna;Eins;anna@example.test;=HYPERLINK("http://x")',
      'Herr;;Bernd;Zwei;;',
      'Herr;;Carl;Drei;kaputt;',
      'Frau;;Dora;Vier;ANNA@example.test;',
      'Herr;;Emil;Fünf;schon.da@example.test;',
      'Frau;;Frida;Sechs;vorher@example.test;',
      'Herr;;Gustav;Sieben;gustav@example.test;',
    ]);
    const preview = await previewImport(event.id, file);
    expect(preview).toMatchObject({ total: 7, valid: 2, invalid: 5, fileHash: fileHash(file) });
    expect(preview.problemRows.map((r) => [r.line, r.problems])).toEqual([
      [3, ['emailMissing']],
      [4, ['emailInvalid']],
      [5, ['duplicateInFile']],
      [6, ['alreadyRegistered']],
      [7, ['alreadyInvited']],
    ]);
    expect(await db.invitation.count({ where: { eventId: event.id } })).toBe(1);

    expect(await confirmImport(event.id, file, preview.fileHash, ORGANIZER)).toEqual({ added: 2, skipped: 5 });
    expect(await confirmImport(event.id, file, preview.fileHash, ORGANIZER)).toEqual({ added: 0, skipped: 7 });
    const stored = await db.invitation.findMany({ where: { eventId: event.id }, orderBy: { email: 'asc' } });
    expect(stored.map((i) => i.email)).toEqual(['anna@example.test', 'gustav@example.test', 'vorher@example.test']);
    expect(stored[0]).toMatchObject({ salutation: 'Frau', title: 'Dr.', organization: '=HYPERLINK("http://x")' });
    for (const i of stored) expect(i.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'invitation.import' } })).toBe(2);
  });

  it('refuses a confirmation whose file differs from the preview, storing nothing', async () => {
    const event = await createTestEvent();
    const shown = csv(['Nachname;E-Mail', 'Eins;eins@example.test']);
    const other = csv(['Nachname;E-Mail', 'Zwei;zwei@example.test']);
    expect(await codeOf(confirmImport(event.id, other, fileHash(shown), ORGANIZER))).toBe('409 importFileChanged');
    expect(await db.invitation.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('invitations and reminders', () => {
  it('sends each invitation once, and reminds only those who neither registered nor declined', async () => {
    const event = await createTestEvent();
    const add = (name: string) =>
      addInvitee(event.id, { lastName: name, firstName: 'X', email: `${name}@example.test`, locale: 'de' }, ORGANIZER);
    for (const name of ['offen', 'geoeffnet', 'angemeldet', 'abgesagt']) await add(name);
    expect(await sendInvitations(event.id, ORGANIZER)).toEqual({ sent: 4 });
    expect(await codeOf(sendInvitations(event.id, ORGANIZER))).toBe('400 noInvitationsToSend');
    await add('spaet');

    const token = async (email: string) =>
      (await db.invitation.findFirstOrThrow({ where: { eventId: event.id, email } })).token;
    expect(await markInvitationOpened(await token('geoeffnet@example.test'))).toBe(true);
    expect(await markInvitationOpened(await token('geoeffnet@example.test'))).toBe(false);
    await db.invitation.updateMany({
      where: { eventId: event.id, email: 'angemeldet@example.test' },
      data: { status: 'registered', registeredAt: new Date() },
    });
    await declineInvitation({ token: await token('abgesagt@example.test'), note: 'Leider verhindert.' });
    expect(await codeOf(declineInvitation({ token: await token('angemeldet@example.test') }))).toBe(
      '409 invitationAlreadyRegistered',
    );

    expect(await remindInvitations(event.id, ORGANIZER)).toEqual({ sent: 2 });
    expect(await invitationMails(event.id, 'event_invitation_reminder')).toEqual([
      'geoeffnet@example.test',
      'offen@example.test',
    ]);
    const reminded = await db.invitation.findFirstOrThrow({
      where: { eventId: event.id, email: 'offen@example.test' },
    });
    expect(reminded.reminderCount).toBe(1);
    expect(reminded.lastRemindedAt).not.toBeNull();
    const declined = await db.invitation.findFirstOrThrow({
      where: { eventId: event.id, email: 'abgesagt@example.test' },
    });
    expect(declined).toMatchObject({ status: 'declined', declineNote: 'Leider verhindert.' });
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'invitation.remind' } })).toBe(1);
    expect(await db.auditLog.count({ where: { eventId: event.id, action: 'invitation.send' } })).toBe(1);
  });

  it('queues the scheduled reminder once, when its time has come', async () => {
    const event = await createTestEvent();
    await addInvitee(
      event.id,
      { lastName: 'Plan', firstName: 'P', email: 'plan@example.test', locale: 'de' },
      ORGANIZER,
    );
    await sendInvitations(event.id, ORGANIZER);
    const at = new Date(Date.now() + 60 * 60 * 1000);
    await setReminderSchedule(event.id, at, ORGANIZER);
    await enqueueDueInvitationReminders(new Date(at.getTime() - 1000));
    expect(await invitationMails(event.id, 'event_invitation_reminder')).toEqual([]);
    await enqueueDueInvitationReminders(at);
    await enqueueDueInvitationReminders(new Date(at.getTime() + 10 * 60 * 1000));
    expect(await invitationMails(event.id, 'event_invitation_reminder')).toEqual(['plan@example.test']);
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.invitationReminderQueuedAt).toEqual(at);
  });

  it('composes the invitation with the formal German salutation, and in English for an English invitee', async () => {
    const event = await createTestEvent({ title: 'Digitalisierungskonferenz', titleEn: 'Digitalisation Conference' });
    const de = await addInvitee(
      event.id,
      {
        salutation: 'Frau',
        title: 'Dr.',
        firstName: 'Petra',
        lastName: 'Köhler',
        email: 'koehler@example.test',
        locale: 'de',
      },
      ORGANIZER,
    );
    const en = await addInvitee(
      event.id,
      { salutation: 'Herr', firstName: 'John', lastName: 'Smith', email: 'smith@example.test', locale: 'en' },
      ORGANIZER,
    );
    const row = (invitationId: string) => ({
      kind: 'event_invitation' as const,
      recipient: '',
      registrationId: null,
      organizerMessageId: null,
      invitationId,
      variant: null,
    });
    const german = await composeInvitationMailRow(row(de.id));
    if (!('mail' in german)) throw new Error(german.skip);
    const token = (await db.invitation.findUniqueOrThrow({ where: { id: de.id } })).token;
    expect(german.to).toBe('koehler@example.test');
    expect(german.mail.subject).toMatch(/^Persönliche Einladung: Digitalisierungskonferenz/);
    expect(german.mail.text).toContain('Sehr geehrte Frau Dr. Köhler,');
    expect(german.mail.text).toContain(`/invitations/${token}`);
    const english = await composeInvitationMailRow(row(en.id));
    if (!('mail' in english)) throw new Error(english.skip);
    expect(english.mail.subject).toMatch(/^Personal invitation: Digitalisation Conference/);
    expect(english.mail.text).toContain('Dear Mr Smith,');
  });
});

describe('retention', () => {
  it('anonymises the invitations of an event and their outbox rows', async () => {
    const event = await createTestEvent();
    await addInvitee(event.id, { lastName: 'Weg', firstName: 'W', email: 'weg@example.test', locale: 'de' }, ORGANIZER);
    await sendInvitations(event.id, ORGANIZER);
    await db.$transaction((tx) => anonymiseInvitations(tx, event.id, new Date()));
    const [invitation] = await db.invitation.findMany({ where: { eventId: event.id } });
    expect(invitation).toMatchObject({ lastName: 'Anonymisiert', organization: null });
    expect(invitation?.email).toMatch(/@invalid$/);
    expect(await invitationMails(event.id, 'event_invitation')).toEqual([`anonymisiert+${invitation?.id}@invalid`]);
    expect(await markInvitationOpened(invitation?.token ?? '')).toBe(false);
  });
});
