import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TicketCard } from '@/components/tickets/ticket-card';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { getAttendance } from '@/lib/attendance/queries';
import { getI18n } from '@/lib/i18n/server';
import { getTicketByCode } from '@/lib/registrations/queries';

export const dynamic = 'force-dynamic';

// The name on the ticket stays out of the title: titles end up in history and bookmarks.
export const metadata: Metadata = { title: 'Ticket', robots: { index: false, follow: false } };

type Props = { params: Promise<{ code: string }> };

// Public on purpose: the unguessable 128-bit code in the URL is the credential, as in the confirmation mail.
export default async function TicketPage({ params }: Props) {
  const [{ code }, { locale, t }] = await Promise.all([params, getI18n()]);
  const ticket = await getTicketByCode(code);
  if (!ticket) notFound();
  const attendance = await getAttendance({ ticketCode: ticket.ticketCode });
  return (
    <PageMain narrow>
      <h1>{t.ticket.title}</h1>
      <div className="stack">
        {ticket.status === 'cancelled' ? (
          <Alert kind="error">
            <p>{t.ticket.cancelledInfo}</p>
          </Alert>
        ) : null}
        {ticket.status === 'waitlisted' ? (
          <Alert kind="warning">
            <p>{t.ticket.waitlistInfo}</p>
          </Alert>
        ) : null}
        <TicketCard ticket={ticket} locale={locale} attendance={attendance} />
        {ticket.status === 'confirmed' && attendance?.mode !== 'online' ? <p>{t.ticket.howTo}</p> : null}
        <p className="muted">{t.ticket.keepPrivate}</p>
        <p>
          <Link href={`/events/${ticket.event.slug}`}>{t.ticket.toEvent}</Link>
        </p>
      </div>
    </PageMain>
  );
}
