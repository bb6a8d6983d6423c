import { checkinJson, checkinRoute } from '@/lib/checkin/api';
import { getAttendeeSnapshot } from '@/lib/checkin/queries';
import { ticketPublicKey, eventTagSync } from '@/lib/tickets/keys';

export const dynamic = 'force-dynamic';

/** The door list of an event (no e-mails, no answers), in full or as a delta since `?since=<ISO time>`. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return checkinRoute(params, async ({ eventId }) => {
    const sinceParam = new URL(request.url).searchParams.get('since');
    const since = sinceParam ? new Date(sinceParam) : null;
    if (since && Number.isNaN(since.getTime()))
      return checkinJson({ error: 'since muss ein ISO-Zeitpunkt sein.' }, 400);
    const snapshot = await getAttendeeSnapshot(eventId, since);
    return checkinJson({ ...snapshot, publicKey: ticketPublicKey(), eventTag: eventTagSync(eventId) });
  });
}
