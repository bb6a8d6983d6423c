// Public on purpose: the unguessable manage token in the URL is the credential.
import { buildEventIcs, icsFileName } from '@/lib/calendar/ics';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';
import { env } from '@/lib/server/env';

export const dynamic = 'force-dynamic';

/** The event as an .ics calendar file; 404 for unknown, expired or cancelled registrations. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const registration = await getRegistrationByManageToken((await params).token);
  if (!registration || registration.status === 'cancelled') return new Response('Nicht gefunden.', { status: 404 });
  const { event } = registration;
  const ics = buildEventIcs({
    // The registration id, not the token: calendar files get shared and synced.
    uid: `${registration.id}@${new URL(env.APP_URL).hostname}`,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    venueRoom: event.venueRoom,
    url: new URL(`/events/${event.slug}`, env.APP_URL).toString(),
  });
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(event.slug)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
