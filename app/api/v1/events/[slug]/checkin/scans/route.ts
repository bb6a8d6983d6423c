import { syncSchema } from '@/lib/checkin/schema';
import { countSessionCheckins, scannedRooms } from '@/lib/checkin/room-door';
import { syncScansWithCounts } from '@/lib/checkin/service';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Records one scan or a device's offline queue (up to 1,000); idempotent per scan key. */
export const POST = defineRoute({
  access: 'checkin',
  body: { schema: syncSchema, maxBytes: 1024 * 1024 },
  run: async ({ event, user, body }) => {
    // Results and counts in one round trip: a single scan is one statement (lib/checkin/single-scan.ts).
    const ctx = { eventId: event.id, deviceId: body.deviceId, actor: user.email };
    const answer = await syncScansWithCounts(ctx, body.scans);
    // Room doors also get their sessions' counters (checked in / booked).
    const rooms = scannedRooms(body.scans);
    return rooms.length ? { ...answer, sessions: await countSessionCheckins(event.id, rooms) } : answer;
  },
});
