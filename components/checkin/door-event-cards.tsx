import Link from 'next/link';
import type { DoorEventCard } from '@/lib/checkin/queries';
import { contentLang, fill, type Locale } from '@/lib/i18n/config';
import type { DoorTexts } from '@/lib/i18n/de/door';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { anonymisationDate } from '@/lib/retention/schedule';
import styles from './door.module.css';

const PHASE_BADGE = { today: 'badge badge-success', upcoming: 'badge', past: 'badge badge-neutral' } as const;

/** The events at whose door one may work, as cards with their counts, each opening its door screen. */
export function DoorEventCards({
  events,
  t,
  locale,
  organizer,
}: {
  events: DoorEventCard[];
  t: DoorTexts;
  locale: Locale;
  /** Organizers see when the event's personal data is (or was) anonymised. */
  organizer: boolean;
}) {
  const l = t.landing;
  if (events.length === 0) return <p className="alert alert-info">{organizer ? l.emptyOrganizer : l.emptyStaff}</p>;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <ul className={styles.cards}>
      {events.map((event) => (
        <li key={event.id} className="card stack" data-testid="door-event-card">
          <div className={styles.cardHead}>
            <h2 className={styles.cardTitle} lang={contentLang(locale)}>
              {event.title}
            </h2>
            <span className={PHASE_BADGE[event.phase]}>{l[event.phase]}</span>
          </div>
          <p className={styles.when}>
            {formatDateTime(event.startsAt, locale)} · {event.venueName}
          </p>
          <dl className={styles.counts}>
            <div>
              <dt>{event.attendanceFormat === 'onsite' ? l.confirmed : l.confirmedOnsite}</dt>
              <dd>{n(event.counts.confirmed)}</dd>
            </div>
            <div>
              <dt>{l.checkedIn}</dt>
              <dd>{n(event.counts.checkedIn)}</dd>
            </div>
            {event.counts.waitlisted > 0 && (
              <div>
                <dt>{l.waitlisted}</dt>
                <dd>{n(event.counts.waitlisted)}</dd>
              </div>
            )}
          </dl>
          {organizer && (
            <p className="muted">
              {event.anonymizedAt
                ? fill(l.anonymised, { date: formatDate(event.anonymizedAt, locale) })
                : fill(l.anonymises, { date: formatDate(anonymisationDate(event), locale) })}
            </p>
          )}
          <p>
            <Link className="btn" href={`/checkin/${encodeURIComponent(event.slug)}`}>
              {l.open}
              <span className="visually-hidden">
                : <span lang={contentLang(locale)}>{event.title}</span>
              </span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
