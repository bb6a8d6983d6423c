import { pdfDownload } from '@/lib/print/http';
import { getPrintEvent } from '@/lib/print/queries';
import { printFilterSchema } from '@/lib/print/schema';
import { signInSheetPdf } from '@/lib/print/service';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/**
 * The event's sign-in sheet (Teilnehmerliste) as a PDF; `?q=…&status=confirmed` as in the attendee list,
 * `?session=<id>` for one bookable session (only the people booked for it).
 */
export const GET = defineRoute({
  access: 'organizer',
  event: getPrintEvent,
  query: printFilterSchema,
  run: async ({ event, query, user }) =>
    pdfDownload(await signInSheetPdf(event, query, user.email), 'teilnehmerliste', event.slug),
});
