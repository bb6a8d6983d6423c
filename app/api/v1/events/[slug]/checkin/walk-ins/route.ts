import { walkInRequestSchema } from '@/lib/checkin/schema';
import { countCheckins } from '@/lib/checkin/service';
import { createWalkIn } from '@/lib/checkin/walk-in';
import { defineRoute, jsonResponse } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Registers a person at the door (guestType walk_in, source door) and checks them in. */
export const POST = defineRoute({
  access: 'checkin',
  body: { schema: walkInRequestSchema, maxBytes: 8 * 1024 },
  run: async ({ event, user, body }) => {
    const { deviceId, idempotencyKey, ...values } = body;
    const outcome = await createWalkIn(
      { eventId: event.id, deviceId, actor: user.email, user },
      values,
      idempotencyKey,
    );
    return jsonResponse({ ...outcome, counts: await countCheckins(event.id) }, 201);
  },
});
