import { attendeeExportDownload } from '@/lib/export/request';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Streams the filtered attendees as `csv`, `xlsx` or `json` (filters and columns from the query string). */
export const GET = defineRoute({
  access: 'organizer',
  run: ({ request, user, params }) =>
    attendeeExportDownload(user, params.slug ?? '', params.format ?? '', new URL(request.url).searchParams),
});
