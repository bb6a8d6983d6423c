// Public on purpose: the unguessable manage token in the URL is the credential.
import { buildRegistrationIcs, icsFileName } from '@/lib/calendar/ics';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';
import { downloadHeaders } from '@/lib/server/download';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** The event as an .ics calendar file; 404 for unknown, expired or cancelled registrations. */
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    const registration = await getRegistrationByManageToken(params.token ?? '');
    if (!registration || registration.status === 'cancelled') throw new AppError('NOT_FOUND', 'notFound');
    const { event } = registration;
    return new Response(buildRegistrationIcs(event, registration.id, undefined, toLocale(registration.locale)), {
      headers: downloadHeaders(icsFileName(event.slug), 'text/calendar; charset=utf-8'),
    });
  },
});
