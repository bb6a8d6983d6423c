import QRCode from 'qrcode';
import { EventWhen } from '@/components/events/event-facts';
import factStyles from '@/components/ui/fact-list.module.css';
import { StatusBadge } from '@/components/ui/status-badge';
import { localizedTitle, localizeEvent } from '@/lib/events/localize';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Ticket } from '@/lib/registrations/queries';
import { formatTicketCode } from '@/lib/registrations/ticket-code';
import { ticketQrContent } from '@/lib/tickets/keys';
import type { Attendance } from '@/lib/attendance/queries';
import { BookedSessions, JoinLink } from './attendance-facts';
import styles from './ticket.module.css';

const STATUS_TONE = {
  confirmed: 'success',
  waitlisted: 'warning',
  cancelled: 'danger',
  pending: 'warning',
  rejected: 'danger',
} as const;

/**
 * The ticket: the QR code first (what a phone at the door needs), then event, attendee, status (inline SVG, no
 * request to another host) and the code as text. Online attendees pass no door: the join link replaces the QR code.
 */
export async function TicketCard({
  ticket,
  locale,
  attendance,
}: {
  ticket: Ticket;
  locale: Locale;
  attendance?: Attendance | null;
}) {
  const dictionary = getDictionary(locale);
  const t = dictionary.ticket;
  const online = attendance?.mode === 'online';
  const formatted = formatTicketCode(ticket.ticketCode);
  // One QR payload everywhere (mail, PNG, ticket and manage page): the signed ticket. The SVG comes from our own
  // QR encoder fed with that base64url text, so injecting it is safe.
  const svg = await QRCode.toString(ticketQrContent(ticket), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  const name = [ticket.title, ticket.firstName, ticket.lastName].filter(Boolean).join(' ');
  const { event } = ticket;
  return (
    <section aria-labelledby="ticket-heading" className={`card ${styles.ticket}`}>
      {ticket.status === 'cancelled' || online ? null : (
        <div
          className={styles.qr}
          role="img"
          aria-label={fill(t.qrLabel, { code: formatted })}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn on the server by `qrcode` from the ticket code alone
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      <div className="stack">
        <h2 id="ticket-heading" lang={localizeEvent(event, locale).title.lang}>
          {localizedTitle(event, locale)}
        </h2>
        <dl className={factStyles.facts}>
          <dt>{t.date}</dt>
          <dd>
            <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} locale={locale} />
          </dd>
          <dt>{t.venue}</dt>
          <dd className={styles.address}>
            {online
              ? dictionary.sessions.mail.onlineWhere
              : [event.venueName, event.venueAddress, event.venueRoom].filter(Boolean).join('\n')}
          </dd>
          <dt>{t.attendee}</dt>
          <dd>{name}</dd>
          {ticket.organization ? (
            <>
              <dt>{t.organization}</dt>
              <dd>{ticket.organization}</dd>
            </>
          ) : null}
          <dt>{t.status}</dt>
          <dd>
            <StatusBadge label={t[`status.${ticket.status}`]} tone={STATUS_TONE[ticket.status]} />
          </dd>
          <dt>{t.code}</dt>
          <dd className={styles.code}>{formatted}</dd>
        </dl>
        {attendance && !online ? <BookedSessions sessions={attendance.sessions} locale={locale} /> : null}
        {online && ticket.status === 'confirmed' && attendance?.joinToken ? (
          <JoinLink token={attendance.joinToken} releaseAt={attendance.releaseAt} locale={locale} />
        ) : null}
      </div>
    </section>
  );
}
