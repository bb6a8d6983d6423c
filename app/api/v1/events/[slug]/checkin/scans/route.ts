import { syncSchema } from '@/lib/checkin/schema';
import { countCheckins, syncScans } from '@/lib/checkin/service';
import { getEventRefBySlug } from '@/lib/events/queries';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Records one scan or a device's offline queue (up to 1,000); idempotent per scan key. */
export const POST = defineRoute({
  access: 'checkin',
  event: getEventRefBySlug,
  body: { schema: syncSchema, maxBytes: 1024 * 1024 },
  run: async ({ event, user, body }) => {
    const results = await syncScans({ eventId: event.id, deviceId: body.deviceId, actor: user.email }, body.scans);
    return { results, counts: await countCheckins(event.id) };
  },
});
