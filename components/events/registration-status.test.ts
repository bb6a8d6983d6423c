import { describe, expect, it } from 'vitest';
import { getRegistrationState, type RegistrationStateInput } from '@/lib/events/registration-state';
import { zonedDateTime } from '@/lib/format';
import { registrationBadge, registrationNotice } from './registration-status';

const startsAt = zonedDateTime(2025, 4, 3, 9, 0);
const base: RegistrationStateInput = {
  capacity: 250,
  confirmedCount: 0,
  waitlistEnabled: false,
  registrationOpensAt: null,
  registrationClosesAt: null,
  startsAt,
  endsAt: zonedDateTime(2025, 4, 3, 17, 0),
};
const before = zonedDateTime(2025, 3, 1, 12, 0);
const state = (overrides: Partial<RegistrationStateInput>, now = before) =>
  getRegistrationState({ ...base, ...overrides }, now);

describe('registrationBadge', () => {
  it('shows the places left while open', () => {
    expect(registrationBadge(state({ confirmedCount: 10 }))).toEqual({
      label: 'Anmeldung offen – noch 240 Plätze',
      tone: 'success',
    });
    expect(registrationBadge(state({ capacity: 2000, confirmedCount: 500 })).label).toBe(
      'Anmeldung offen – noch 1.500 Plätze',
    );
    expect(registrationBadge(state({ confirmedCount: 249 })).label).toBe('Anmeldung offen – noch 1 Platz');
    expect(registrationBadge(state({ capacity: null })).label).toBe('Anmeldung offen');
  });

  it('distinguishes fully booked from waiting list', () => {
    expect(registrationBadge(state({ confirmedCount: 250 }))).toEqual({ label: 'Ausgebucht', tone: 'danger' });
    expect(registrationBadge(state({ confirmedCount: 250, waitlistEnabled: true }))).toEqual({
      label: 'Warteliste',
      tone: 'warning',
    });
  });

  it('says when registration opens', () => {
    const badge = registrationBadge(state({ registrationOpensAt: zonedDateTime(2025, 3, 10, 8, 0) }));
    expect(badge.label).toBe('Anmeldung ab Montag, 10. März 2025, 8:00 Uhr');
  });

  it('marks closed and past events', () => {
    expect(registrationBadge(state({ registrationClosesAt: zonedDateTime(2025, 2, 1) })).label).toBe(
      'Anmeldung geschlossen',
    );
    expect(registrationBadge(state({}, zonedDateTime(2025, 4, 4))).label).toBe('Hat stattgefunden');
  });

  it('speaks English when asked', () => {
    expect(registrationBadge(state({ confirmedCount: 10 }), 'en').label).toBe('Registration open – 240 places left');
    expect(registrationBadge(state({}, zonedDateTime(2025, 4, 4)), 'en').label).toBe('Took place');
  });
});

describe('registrationNotice', () => {
  it('offers registration with places left', () => {
    expect(registrationNotice(state({ confirmedCount: 10 }), startsAt)).toEqual({
      canRegister: true,
      lines: ['Noch 240 von 250 Plätzen frei.'],
    });
  });

  it('does not add up the places of a hybrid event, which the page lists per mode', () => {
    const hybrid = state({ attendanceFormat: 'hybrid', capacity: 40, confirmedCount: 10, onlineCapacity: 100 });
    expect(hybrid.remaining).toBe(130);
    expect(registrationNotice(hybrid, startsAt)).toEqual({
      canRegister: true,
      lines: ['Sie können vor Ort oder online teilnehmen. Die freien Plätze je Teilnahmeart:'],
    });
    expect(registrationBadge(hybrid)).toEqual({ label: 'Anmeldung offen', tone: 'success' });
    const online = state({ attendanceFormat: 'online', capacity: null, onlineCapacity: 100, onlineConfirmedCount: 1 });
    expect(registrationNotice(online, startsAt).lines).toEqual(['Noch 99 von 100 Plätzen frei.']);
  });

  it('offers the waiting list but not a full event without one', () => {
    expect(registrationNotice(state({ confirmedCount: 250, waitlistEnabled: true }), startsAt).canRegister).toBe(true);
    expect(registrationNotice(state({ confirmedCount: 250 }), startsAt)).toEqual({
      canRegister: false,
      lines: ['Die Veranstaltung ist leider ausgebucht.'],
    });
  });

  it('explains why registration is closed', () => {
    const opens = registrationNotice(state({ registrationOpensAt: zonedDateTime(2025, 3, 10, 8, 0) }), startsAt);
    expect(opens).toEqual({ canRegister: false, lines: ['Die Anmeldung öffnet am Montag, 10. März 2025, 8:00 Uhr.'] });
    const past = registrationNotice(state({}, zonedDateTime(2025, 4, 4)), startsAt);
    expect(past).toEqual({
      canRegister: false,
      lines: ['Diese Veranstaltung hat am Donnerstag, 3. April 2025 stattgefunden.'],
    });
    expect(registrationNotice(state({}, zonedDateTime(2025, 4, 3, 10)), startsAt).lines[0]).toMatch(/bereits begonnen/);
  });
});
