import { pdfDownload } from '@/lib/print/http';
import { getPrintEvent } from '@/lib/print/queries';
import { badgeOptionsSchema } from '@/lib/print/schema';
import { badgesPdf } from '@/lib/print/service';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Name badges as a PDF on A4: `?grid=2x4` (columns x rows), `crop=1` for crop marks, filters as in the attendee list. */
export const GET = defineRoute({
  access: 'organizer',
  event: getPrintEvent,
  query: badgeOptionsSchema,
  run: async ({ event, query, user }) =>
    pdfDownload(await badgesPdf(event, query, user.email), 'namensschilder', event.slug),
});
