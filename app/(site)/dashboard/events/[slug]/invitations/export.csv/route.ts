import { invitationExportDownload } from '@/lib/invitations/export';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** The invitation list (with the page's filters) as CSV for German Excel. */
export const GET = defineRoute({
  access: 'organizer',
  run: ({ request, user, params }) =>
    invitationExportDownload(params.slug ?? '', new URL(request.url).searchParams, user.email),
});
