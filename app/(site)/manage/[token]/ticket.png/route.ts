// Public on purpose: the unguessable manage token in the URL is the credential.
import { ticketQrPng } from '@/lib/mail/compose/ticket-qr';
import { ticketQrContentForCode } from '@/lib/tickets/qr';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';

export const dynamic = 'force-dynamic';

/** The ticket's QR code as a PNG download; 404 for unknown, expired or cancelled registrations. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const registration = await getRegistrationByManageToken((await params).token);
  if (!registration || registration.status === 'cancelled') return new Response('Nicht gefunden.', { status: 404 });
  const png = await ticketQrPng(await ticketQrContentForCode(registration.ticketCode));
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Disposition': `attachment; filename="ticket-${registration.event.slug}.png"`,
      'Cache-Control': 'no-store',
    },
  });
}
