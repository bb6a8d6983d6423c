// Public on purpose: the unguessable manage token in the URL is the credential.
import { getAttendance } from '@/lib/attendance/queries';
import { AppError } from '@/lib/errors';
import { ticketQrPng } from '@/lib/mail/compose/ticket-qr';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';
import { downloadHeaders } from '@/lib/server/download';
import { defineRoute } from '@/lib/server/edge/route';
import { ticketQrContentForCode } from '@/lib/tickets/qr';

export const dynamic = 'force-dynamic';

/** The ticket's QR code as a PNG download; 404 for unknown, expired, cancelled or online registrations. */
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    const registration = await getRegistrationByManageToken(params.token ?? '');
    if (!registration || registration.status === 'cancelled') throw new AppError('NOT_FOUND', 'notFound');
    // Online attendees pass no door, so they have no QR code (the join link stands in for it).
    if ((await getAttendance({ id: registration.id }))?.mode === 'online') throw new AppError('NOT_FOUND', 'notFound');
    const png = await ticketQrPng(await ticketQrContentForCode(registration.ticketCode));
    return new Response(new Uint8Array(png), {
      headers: downloadHeaders(`ticket-${registration.event.slug}.png`, 'image/png'),
    });
  },
});
