import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { EventDetail } from '@/lib/events/queries';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { GroupLink } from '@/components/registrations/group-link';
import styles from './events.module.css';
import { placesLabel } from './session-places';
import { registrationBadge, registrationNotice } from './registration-status';

/** The registration box: status, places left, and the "register now" button or the reason why not. */
export function EventRegistration({ event, locale }: { event: EventDetail; locale: Locale }) {
  const t = getDictionary(locale).event;
  const a = getDictionary(locale).approval.public;
  const badge = registrationBadge(event.registration, locale);
  const notice = registrationNotice(event.registration, event.startsAt, locale);
  const ts = getDictionary(locale).sessions;
  // A hybrid event names both ways to attend with their places (on site as the public form offers them).
  const modes = event.attendanceFormat === 'hybrid' && notice.canRegister ? event.registration.modes : [];
  return (
    <section aria-labelledby="registration-heading" className={`card stack ${styles.registerBox}`}>
      <h2 id="registration-heading">{t.registration}</h2>
      <p>
        <StatusBadge label={badge.label} tone={badge.tone} />
      </p>
      {notice.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {modes.length > 0 ? (
        <ul>
          {modes.map(({ mode, remaining }) => (
            <li key={mode}>
              <strong>{ts.mode[mode]}</strong>:{' '}
              {placesLabel({ remaining, waitlistEnabled: event.waitlistEnabled }, ts.places).label}
            </li>
          ))}
        </ul>
      ) : null}
      {notice.canRegister && event.approvalRequired ? <p>{a.reviewNotice}</p> : null}
      {notice.canRegister ? (
        <>
          <p>
            <Link href={`/events/${event.slug}/register`} className="btn btn-large">
              {t.register}
            </Link>
          </p>
          {/* Groups register without workshops, which an event requiring a workshop per slot refuses. */}
          {event.sessionChoice === 'required' ? null : (
            <GroupLink slug={event.slug} maxGroupSize={event.maxGroupSize} t={a} />
          )}
        </>
      ) : null}
    </section>
  );
}
