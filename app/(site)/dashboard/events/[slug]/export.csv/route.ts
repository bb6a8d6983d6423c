import { attendeeExportDownload } from '@/lib/export/request';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Kept as an alias of `export/csv` for links made before the export page existed. */
export const GET = defineRoute({
  access: 'organizer',
  run: ({ request, user, params }) =>
    attendeeExportDownload(user, params.slug ?? '', 'csv', new URL(request.url).searchParams),
});
