import { defineRoute } from '@/lib/server/edge/route';
import { sessionCsvDownload } from '@/lib/sessions/export';

export const dynamic = 'force-dynamic';

/** A bookable session's booked people and waiting list as CSV for German Excel. */
export const GET = defineRoute({
  access: 'organizer',
  run: ({ user, params }) => sessionCsvDownload(params.slug ?? '', params.sessionId ?? '', user.email),
});
