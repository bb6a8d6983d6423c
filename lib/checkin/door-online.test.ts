import { afterEach, describe, expect, it, vi } from 'vitest';
import { doorAttendee } from '@/test/door';
import { DEVICE, doorRig, stopDoorEngines } from '@/test/door-engine';
import { door as englishDoor } from '@/lib/i18n/en/door';
import { readErrorBody } from './door-api';

afterEach(() => stopDoorEngines());

async function checkedIn() {
  const rig = await doorRig([await doorAttendee()]);
  await rig.engine.start();
  const person = rig.state().attendees[0]!;
  await rig.engine.checkInAttendee(person);
  await rig.engine.sync();
  return { rig, person };
}

describe('undo', () => {
  it('sends the queue first, takes the check-in back on the server and clears the verdict', async () => {
    const rig = await doorRig([await doorAttendee()]);
    await rig.engine.start();
    const person = rig.state().attendees[0]!;
    rig.server.failNext('scans', 'network');
    await rig.engine.checkInAttendee(person);
    await vi.waitFor(() => expect(rig.state()).toMatchObject({ online: false, pending: 1 }));
    expect(rig.state().result?.undoable).toBe(true);
    expect(await rig.engine.undo(person, 'Falsche Person')).toBeNull();
    expect(rig.server.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['scans', 'scans', 'undo']);
    expect(rig.state().pending).toBe(0);
    expect(rig.callsTo('undo').map((c) => c.body)).toEqual([
      { registrationId: person.id, deviceId: DEVICE, reason: 'Falsche Person' },
    ]);
    expect(rig.state().result).toBeNull();
    expect(rig.state().attendees[0]?.checkedInAt).toBeNull();
  });

  it("gives the server's message from the error envelope; anything else is a plain failure", async () => {
    const { rig, person } = await checkedIn();
    rig.server.failNext(
      'undo',
      Response.json({ error: { code: 'FORBIDDEN', message: 'Nur eigene Check-ins.' } }, { status: 403 }),
      Response.json({ error: 'Zu spät für eine Rücknahme.' }, { status: 409 }),
      Response.json({}, { status: 500 }),
    );
    expect(await rig.engine.undo(person)).toBe('Nur eigene Check-ins.');
    // The old `{ error: string }` shape is no longer read.
    expect(await rig.engine.undo(person)).toBe('Die Rücknahme ist fehlgeschlagen.');
    expect(await rig.engine.undo(person)).toBe('Die Rücknahme ist fehlgeschlagen.');
    expect(rig.state().attendees[0]?.checkedInAt).not.toBeNull();
  });

  it('says that undo needs a connection, and does not trust a malformed answer', async () => {
    const { rig, person } = await checkedIn();
    rig.server.failNext('undo', 'network', Response.json({ attendee: { id: person.id } }));
    expect(await rig.engine.undo(person)).toBe('Keine Verbindung. Rücknahmen brauchen eine Verbindung zum Server.');
    expect(await rig.engine.undo(person)).toMatch(/^Unerwartete Antwort des Servers/);
    expect(rig.state().attendees[0]?.checkedInAt).not.toBeNull();
  });
});

describe('walk-ins', () => {
  it('registers the person on the server, stores them and shows them checked in (not undoable here)', async () => {
    const rig = await doorRig([]);
    await rig.engine.start();
    expect(await rig.engine.walkIn({ firstName: 'Max', lastName: 'Spontan' })).toEqual({ ok: true });
    expect(rig.callsTo('walk-ins')[0]?.body).toMatchObject({ firstName: 'Max', lastName: 'Spontan', deviceId: DEVICE });
    expect(rig.state().attendees.map((a) => a.lastName)).toEqual(['Spontan']);
    expect(rig.state().result).toMatchObject({
      kind: 'checked_in',
      undoable: false,
      attendee: { lastName: 'Spontan' },
    });
  });

  it('passes field errors of the envelope on (not the old `fieldErrors`), and needs a connection', async () => {
    const rig = await doorRig([]);
    await rig.engine.start();
    rig.server.failNext(
      'walk-ins',
      Response.json(
        { error: { code: 'VALIDATION', message: 'Bitte prüfen.' }, errors: { lastName: 'Nachname fehlt.' } },
        { status: 400 },
      ),
      Response.json({ error: 'Ungültig.', fieldErrors: { email: 'E-Mail prüfen.' } }, { status: 400 }),
      'network',
      Response.json({ result: 'checked_in' }, { status: 201 }),
    );
    const values = { firstName: 'Max', lastName: 'Spontan' };
    expect(await rig.engine.walkIn(values)).toEqual({
      ok: false,
      formError: 'Bitte prüfen.',
      fieldErrors: { lastName: 'Nachname fehlt.' },
    });
    expect(await rig.engine.walkIn(values)).toEqual({
      ok: false,
      formError: 'Die Anmeldung ist fehlgeschlagen.',
      fieldErrors: {},
    });
    expect(await rig.engine.walkIn(values)).toEqual({
      ok: false,
      formError: 'Keine Verbindung. Spontane Anmeldungen brauchen eine Verbindung zum Server.',
    });
    expect(await rig.engine.walkIn(values)).toMatchObject({ ok: false, formError: /^Unerwartete Antwort/ });
    expect(rig.state().result).toBeNull();
  });
});

describe('readErrorBody', () => {
  it('reads nothing from bodies that are not error bodies', () => {
    for (const body of [undefined, null, 'Fehler', [], { error: 42 }, { errors: { a: 1 } }, { error: 'Alt.' }]) {
      expect(readErrorBody(body), JSON.stringify(body)).toEqual({ message: null, fieldErrors: {} });
    }
  });

  it('keeps the message when the field errors are malformed, and the reverse', () => {
    expect(readErrorBody({ error: { code: 'X', message: 'Fehler.' }, errors: { a: 1 } })).toEqual({
      message: 'Fehler.',
      fieldErrors: {},
    });
    expect(readErrorBody({ error: { code: 'X' }, errors: { a: 'A fehlt.' } })).toEqual({
      message: null,
      fieldErrors: { a: 'A fehlt.' },
    });
  });
});

describe('in English', () => {
  it("asks the server for English and gives the engine's own messages in English", async () => {
    const rig = await doorRig([], { texts: englishDoor.online, locale: 'en' });
    await rig.engine.start();
    rig.server.failNext('walk-ins', 'network', Response.json({}, { status: 500 }));
    const values = { firstName: 'Max', lastName: 'Spontan' };
    expect(await rig.engine.walkIn(values)).toEqual({
      ok: false,
      formError: 'No connection. Walk-in registrations need a connection to the server.',
    });
    expect(await rig.engine.walkIn(values)).toMatchObject({ formError: 'The registration failed.' });
    expect(rig.callsTo('walk-ins').map((c) => c.language)).toEqual(['en', 'en']);
    expect(rig.callsTo('attendees')[0]?.language).toBe('en');
  });
});
