import { describe, expect, it } from 'vitest';
import { inputError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { eventSettingsSchema } from './editor-schema';
import { updateEventSettings } from './editor-service';

const actor = 'orga@example.test';
const base = { capacity: '10', waitlistEnabled: false, retentionDays: '180' };
const fieldErrorsOf = (values: Record<string, unknown>) => {
  const result = eventSettingsSchema.safeParse({ ...base, ...values });
  return result.success ? {} : (inputError(result.error.issues).fieldErrors ?? {});
};

describe('access settings: approval, contingent, invitation-only, group size', () => {
  it('validates the defaults when the keys are missing (prefault), so an old form still saves', () => {
    expect(eventSettingsSchema.parse(base)).toMatchObject({
      invitationOnly: false,
      approvalRequired: false,
      approvalOverflow: 'waitlist',
      reservedSeats: 0,
      reservedReleaseAt: null,
      maxGroupSize: 5,
    });
  });

  it('keeps the contingent within the capacity, and the group size within 1..50', () => {
    expect(fieldErrorsOf({ reservedSeats: '11' })).toEqual({
      reservedSeats: 'Das Kontingent darf nicht größer sein als die Kapazität.',
    });
    expect(fieldErrorsOf({ capacity: '', reservedSeats: '2' })).toEqual({
      reservedSeats: 'Ein Kontingent setzt eine begrenzte Kapazität voraus.',
    });
    expect(fieldErrorsOf({ reservedSeats: '-1' }).reservedSeats).toMatch(/ganze Zahl von 0/);
    expect(fieldErrorsOf({ maxGroupSize: '0' }).maxGroupSize).toMatch(/1 bis 50/);
    expect(fieldErrorsOf({ maxGroupSize: '51' }).maxGroupSize).toMatch(/1 bis 50/);
    expect(fieldErrorsOf({ approvalOverflow: 'split' }).approvalOverflow).toBeTruthy();
    expect(fieldErrorsOf({ reservedSeats: '10', maxGroupSize: '50', reservedReleaseAt: '2026-03-12T09:30' })).toEqual(
      {},
    );
  });

  it('never holds fewer seats than invitees took, nor more than nobody has yet; saves with an audit entry', async () => {
    const event = await createTestEvent({ capacity: 10, confirmedCount: 7, reservedSeats: 3, reservedTaken: 2 });
    const save = (values: Record<string, unknown>) =>
      updateEventSettings(actor, event.id, eventSettingsSchema.parse({ ...base, ...values }));

    await expect(save({ reservedSeats: '1' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { reservedSeats: { key: 'reservedBelowTaken', values: { count: 2 } } },
    });
    // 7 confirmed of 10: 3 seats nobody has; 2 of the hold are taken, so at most 2 + 3 = 5.
    await expect(save({ reservedSeats: '6' })).rejects.toMatchObject({
      fieldErrors: { reservedSeats: { key: 'reservedAboveFree', values: { count: 3 } } },
    });
    await save({
      reservedSeats: '5',
      approvalRequired: true,
      approvalOverflow: 'refuse',
      invitationOnly: true,
      maxGroupSize: '8',
    });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      reservedSeats: 5,
      approvalRequired: true,
      approvalOverflow: 'refuse',
      invitationOnly: true,
      maxGroupSize: 8,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: event.id, action: 'event.update' } });
    expect(audit.details).toMatchObject({ section: 'settings' });
    expect((audit.details as { fields: string[] }).fields).toEqual(
      expect.arrayContaining(['reservedSeats', 'approvalRequired', 'invitationOnly', 'maxGroupSize']),
    );
  });

  it('lets a released contingent keep its size even when the seats are gone', async () => {
    const event = await createTestEvent({
      capacity: 10,
      confirmedCount: 10,
      reservedSeats: 4,
      reservedTaken: 1,
      reservedReleasedAt: new Date(),
    });
    await updateEventSettings(actor, event.id, eventSettingsSchema.parse({ ...base, reservedSeats: '4' }));
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).reservedSeats).toBe(4);
  });
});
