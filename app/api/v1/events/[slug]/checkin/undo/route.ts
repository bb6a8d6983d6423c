import { checkinJson, checkinRoute, parseBody } from '@/lib/checkin/api';
import { undoSchema } from '@/lib/checkin/schema';
import { countCheckins, undoCheckIn } from '@/lib/checkin/service';

export const dynamic = 'force-dynamic';

/** Takes a check-in back (staff: own device, 30 min; organizers/admins: any, with a reason); audited as checkin.undo. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return checkinRoute(params, async ({ eventId, user }) => {
    const input = await parseBody(request, undoSchema, 8 * 1024);
    if (input instanceof Response) return input;
    const attendee = await undoCheckIn(
      { eventId, deviceId: input.deviceId, actor: user.email, user },
      input.registrationId,
      input.reason,
    );
    return checkinJson({ attendee, counts: await countCheckins(eventId) });
  });
}
