import { checkinJson, checkinRoute, parseBody } from '@/lib/checkin/api';
import { walkInRequestSchema } from '@/lib/checkin/schema';
import { countCheckins } from '@/lib/checkin/service';
import { createWalkIn } from '@/lib/checkin/walk-in';

export const dynamic = 'force-dynamic';

/** Registers a person at the door (guestType walk_in, source door) and checks them in. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return checkinRoute(params, async ({ eventId, user }) => {
    const input = await parseBody(request, walkInRequestSchema, 8 * 1024);
    if (input instanceof Response) return input;
    const { deviceId, idempotencyKey, ...values } = input;
    const outcome = await createWalkIn({ eventId, deviceId, actor: user.email, user }, values, idempotencyKey);
    return checkinJson({ ...outcome, counts: await countCheckins(eventId) }, 201);
  });
}
