import { checkinJson, checkinRoute, parseBody } from '@/lib/checkin/api';
import { syncSchema } from '@/lib/checkin/schema';
import { countCheckins, syncScans } from '@/lib/checkin/service';

export const dynamic = 'force-dynamic';

/** Records one scan or a device's offline queue (up to 1,000); idempotent per scan key. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return checkinRoute(params, async ({ eventId, user }) => {
    const input = await parseBody(request, syncSchema, 1024 * 1024);
    if (input instanceof Response) return input;
    const results = await syncScans({ eventId, deviceId: input.deviceId, actor: user.email }, input.scans);
    return checkinJson({ results, counts: await countCheckins(eventId) });
  });
}
