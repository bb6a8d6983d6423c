import { certificateDownload } from '@/lib/certificates/download';
import { getPrintEvent } from '@/lib/print/queries';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** One person's certificate of attendance (issued on the spot when due), for organizers and admins. */
export const GET = defineRoute({
  access: 'organizer',
  event: getPrintEvent,
  run: async ({ event, params }) => certificateDownload(event.id, params.id ?? ''),
});
