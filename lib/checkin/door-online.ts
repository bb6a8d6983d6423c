// The door commands that need the server: undo and walk-ins. A failure is a message in the screen's language, never a throw.
import type { DoorTexts } from '@/lib/i18n/de/door';
import type { ApiFailure, DoorApi } from './door-api';
import { describeFailure } from './door-api';
import type { DoorStore } from './door-store';
import type { DoorState, WalkInResult } from './door-state';
import { mergeBookings } from './room-local';
import type { DoorAttendee, ScanKind } from './types';

/** What these commands use of the engine. */
export interface OnlineContext {
  api: DoorApi;
  store: () => DoorStore | null;
  state: () => DoorState;
  setState: (patch: Partial<DoorState>) => void;
  reload: () => Promise<void>;
  sync: () => Promise<void>;
  show: (kind: ScanKind, attendee: DoorAttendee | null, idempotencyKey: string | null) => void;
  newKey: () => string;
  log: (message: string) => void;
  texts: DoorTexts['online'];
}

function failureText(ctx: OnlineContext, failure: ApiFailure, offline: string, fallback: string): string {
  if (failure.reason === 'network') return offline;
  if (failure.reason === 'http') return failure.message ?? fallback;
  return ctx.texts.malformed;
}

/** Takes a check-in back on the server (audited there), after sending the queue so the server has it. */
export async function undoCheckIn(
  ctx: OnlineContext,
  attendee: DoorAttendee,
  reason?: string,
  door: string | null = null,
): Promise<string | null> {
  if (!ctx.store()) return ctx.texts.notReady;
  await ctx.sync();
  const res = await ctx.api.undo({
    registrationId: attendee.id,
    deviceId: ctx.state().device,
    ...(reason ? { reason } : {}),
    ...(door ? { sessionId: door } : {}),
  });
  if (!res.ok) {
    ctx.log(`undo failed: ${describeFailure(res)}`);
    return failureText(ctx, res, ctx.texts.undoOffline, ctx.texts.undoFailed);
  }
  // The answer at a room door names only that session's booking: keep the person's other bookings.
  const answer = res.data.attendee;
  const bookings = door ? mergeBookings(attendee.bookings, answer.bookings, door) : answer.bookings;
  await ctx.store()?.putAttendees([bookings ? { ...answer, bookings } : answer]);
  if (ctx.state().result?.attendee?.id === attendee.id) ctx.setState({ result: null });
  await ctx.reload();
  return null;
}

/** Registers a walk-in on the server and shows the result; needs a connection. */
export async function registerWalkIn(ctx: OnlineContext, values: Record<string, string>): Promise<WalkInResult> {
  const res = await ctx.api.walkIn({ ...values, deviceId: ctx.state().device, idempotencyKey: ctx.newKey() });
  if (!res.ok) {
    ctx.log(`walk-in failed: ${describeFailure(res)}`);
    const formError = failureText(ctx, res, ctx.texts.walkInOffline, ctx.texts.walkInFailed);
    return res.reason === 'http' ? { ok: false, formError, fieldErrors: res.fieldErrors } : { ok: false, formError };
  }
  if (res.data.attendee) await ctx.store()?.putAttendees([res.data.attendee]);
  ctx.show('checked_in', res.data.attendee, null);
  await ctx.reload();
  return { ok: true };
}
