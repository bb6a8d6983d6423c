import { undoSchema } from '@/lib/checkin/schema';
import { countCheckins, undoCheckIn } from '@/lib/checkin/service';
import { undoRoomCheckIn } from '@/lib/checkin/room-undo';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Takes a check-in back (staff: own device, 30 min; organizers/admins: any, with a reason); audited as checkin.undo. */
export const POST = defineRoute({
  access: 'checkin',
  body: { schema: undoSchema, maxBytes: 8 * 1024 },
  run: async ({ event, user, body }) => {
    const ctx = { eventId: event.id, deviceId: body.deviceId, actor: user.email, user };
    const attendee = body.sessionId
      ? await undoRoomCheckIn(ctx, body.registrationId, body.sessionId, body.reason)
      : await undoCheckIn(ctx, body.registrationId, body.reason);
    return { attendee, counts: await countCheckins(event.id) };
  },
});
