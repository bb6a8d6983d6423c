import { describe, expect, it } from 'vitest';
import { getRegistrationState, type RegistrationStateInput } from './registration-state';

const event = (over: Partial<RegistrationStateInput> = {}): RegistrationStateInput => ({
  capacity: 250,
  confirmedCount: 0,
  waitlistEnabled: false,
  registrationOpensAt: null,
  registrationClosesAt: null,
  startsAt: new Date('2026-04-01T07:00:00Z'),
  endsAt: new Date('2026-04-01T15:00:00Z'),
  ...over,
});
const now = new Date('2026-03-01T10:00:00Z');

describe('getRegistrationState', () => {
  it('is open with places left', () => {
    expect(getRegistrationState(event({ confirmedCount: 10 }), now)).toMatchObject({
      status: 'open',
      remaining: 240,
      capacity: 250,
    });
  });

  it('has no remaining count without a capacity', () => {
    expect(getRegistrationState(event({ capacity: null }), now)).toMatchObject({ status: 'open', remaining: null });
  });

  it('is full, or waitlist when the event keeps one', () => {
    expect(getRegistrationState(event({ confirmedCount: 250 }), now).status).toBe('full');
    expect(getRegistrationState(event({ confirmedCount: 250, waitlistEnabled: true }), now).status).toBe('waitlist');
  });

  it('is closed before the window opens, after it closes and once the event started', () => {
    expect(getRegistrationState(event({ registrationOpensAt: new Date('2026-03-02T00:00:00Z') }), now)).toMatchObject({
      status: 'closed',
      reason: 'notYetOpen',
    });
    expect(getRegistrationState(event({ registrationClosesAt: new Date('2026-02-28T00:00:00Z') }), now)).toMatchObject({
      status: 'closed',
      reason: 'windowClosed',
    });
    expect(getRegistrationState(event(), new Date('2026-04-01T08:00:00Z'))).toMatchObject({
      status: 'closed',
      reason: 'past',
      isPast: false,
    });
    expect(getRegistrationState(event(), new Date('2026-05-01T08:00:00Z'))).toMatchObject({
      status: 'closed',
      reason: 'past',
      isPast: true,
    });
  });
});
