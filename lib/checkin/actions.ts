'use server';
import { requireUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { getCheckinCounts, searchAttendeesForCheckin, type CheckinCounts, type CheckinSearchHit } from './queries';
import { checkInByCode, checkInById, describeCheckinResult, type CheckinDisplay, type CheckinResult } from './service';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; formError: string };

export interface CheckinOutcome {
  result: CheckinResult;
  display: CheckinDisplay;
}

const MAX_INPUT = 200;

function validText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_INPUT;
}

// Expected failures (e.g. an unknown event) become a message; anything else goes to error.tsx.
async function attempt<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    throw error;
  }
}

/** Checks in the ticket code typed or scanned at the door. */
export async function checkInByCodeAction(slug: string, code: string): Promise<ActionResult<CheckinOutcome>> {
  const user = await requireUser();
  if (!validText(slug) || !validText(code) || !code.trim()) return { ok: false, formError: 'Bitte geben Sie einen Ticket-Code ein.' };
  return attempt(async () => {
    const result = await checkInByCode(slug, code, user.email);
    return { result, display: describeCheckinResult(result) };
  });
}

/** Checks in an attendee chosen from the name search. */
export async function checkInByIdAction(slug: string, registrationId: string): Promise<ActionResult<CheckinOutcome>> {
  const user = await requireUser();
  if (!validText(slug) || !validText(registrationId) || !registrationId) return { ok: false, formError: 'Unbekannte Anmeldung.' };
  return attempt(async () => {
    const result = await checkInById(slug, registrationId, user.email);
    return { result, display: describeCheckinResult(result) };
  });
}

/** Finds attendees by name or organisation for check-in without a ticket. */
export async function searchAttendeesAction(slug: string, q: string): Promise<ActionResult<CheckinSearchHit[]>> {
  await requireUser();
  if (!validText(slug) || !validText(q)) return { ok: false, formError: 'Der Suchbegriff ist zu lang.' };
  return attempt(() => searchAttendeesForCheckin(slug, q));
}

/** The current "N of M checked in" numbers. */
export async function getCountsAction(slug: string): Promise<ActionResult<CheckinCounts>> {
  await requireUser();
  if (!validText(slug)) return { ok: false, formError: 'Veranstaltung nicht gefunden.' };
  return attempt(() => getCheckinCounts(slug));
}
