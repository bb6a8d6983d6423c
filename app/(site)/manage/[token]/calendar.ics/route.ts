// Public on purpose: the unguessable manage token in the URL is the credential.
import { buildRegistrationIcs, icsFileName } from '@/lib/calendar/ics';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';

export const dynamic = 'force-dynamic';

/** The event as an .ics calendar file; 404 for unknown, expired or cancelled registrations. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const registration = await getRegistrationByManageToken((await params).token);
  if (!registration || registration.status === 'cancelled') return new Response('Nicht gefunden.', { status: 404 });
  const { event } = registration;
  const ics = buildRegistrationIcs(event, registration.id);
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(event.slug)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
