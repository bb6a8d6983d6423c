import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { getEventOverviews } from '@/lib/events/queries';
import { formatDateTime } from '@/lib/format';
import { localizeEvent } from '@/lib/events/localize';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import styles from './events.module.css';
import { registrationBadge } from './registration-status';

export type EventOverview = Awaited<ReturnType<typeof getEventOverviews>>['upcoming'][number];

/** One event in the overview list: title, date, venue, motto and registration status. */
export function EventCard({ event, locale }: { event: EventOverview; locale: Locale }) {
  const t = getDictionary(locale);
  const badge = registrationBadge(event.registration, locale);
  const headingId = `event-${event.id}`;
  const { title, motto } = localizeEvent(event, locale);
  return (
    <article className={`card ${styles.card}`} aria-labelledby={headingId}>
      <h3 id={headingId} lang={title.lang}>
        <Link href={`/events/${event.slug}`}>{title.value}</Link>
      </h3>
      <div className={styles.badges}>
        {event.isExample ? <StatusBadge label={t.status.example} tone="warning" /> : null}
        <StatusBadge label={badge.label} tone={badge.tone} />
      </div>
      <p>
        <span className="visually-hidden">{t.home.date}: </span>
        <time dateTime={event.startsAt.toISOString()}>{formatDateTime(event.startsAt, locale)}</time>
      </p>
      <p>
        <span className="visually-hidden">{t.home.venue}: </span>
        {event.venueName}
      </p>
      {motto.value ? (
        <p className="muted" lang={motto.lang}>
          {motto.value}
        </p>
      ) : null}
      <p className={styles.cardLink}>
        <Link href={`/events/${event.slug}`} aria-describedby={headingId}>
          {event.registration.isPast ? t.home.detailsPast : t.home.details}
        </Link>
      </p>
    </article>
  );
}
