import { handleImportUpload } from '@/lib/invitations/import-request';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** The invitee list upload: `step=preview` checks the file and stores nothing, `step=confirm` imports it. */
export const POST = defineRoute({
  access: 'organizer',
  run: ({ request, user, params }) => handleImportUpload(request, params.slug ?? '', user.email),
});
