import type { LocalizedField } from '@/lib/events/localize';
import { directionsUrl, type EventDetail } from '@/lib/events/queries';
import { formatClockTime, formatDate, formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import factStyles from '@/components/ui/fact-list.module.css';
import styles from './events.module.css';

/** Start and end as <time> elements; the end shows only the time when it is on the same day. */
export function EventWhen({ startsAt, endsAt, locale }: { startsAt: Date; endsAt: Date; locale: Locale }) {
  const t = getDictionary(locale).event;
  const sameDay = formatDate(startsAt, locale) === formatDate(endsAt, locale);
  const end = sameDay ? formatClockTime(endsAt, locale) : formatDateTime(endsAt, locale);
  return (
    <>
      <time dateTime={startsAt.toISOString()}>{formatDateTime(startsAt, locale)}</time> {t.until}{' '}
      <time dateTime={endsAt.toISOString()}>{end}</time>
    </>
  );
}

/** Date, venue with address and room, and how to get there. */
export function EventFacts({
  event,
  directions,
  locale,
}: {
  event: EventDetail;
  directions: LocalizedField<string | null>;
  locale: Locale;
}) {
  const t = getDictionary(locale).event;
  return (
    <dl className={factStyles.facts}>
      <dt>{t.when}</dt>
      <dd>
        <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} locale={locale} />
      </dd>
      <dt>{t.venue}</dt>
      <dd>
        {/* Names and addresses as they appear on signs and in navigation apps: German in every language. */}
        <address className={styles.address} lang="de" translate="no">
          {event.venueName}
          {'\n'}
          {event.venueAddress}
        </address>
        {event.venueRoom ? (
          <p className={styles.address}>
            {t.room}:{' '}
            <span lang="de" translate="no">
              {event.venueRoom}
            </span>
          </p>
        ) : null}
      </dd>
      <dt>{t.directions}</dt>
      <dd>
        {directions.value ? (
          <p className={styles.address} lang={directions.lang}>
            {directions.value}
          </p>
        ) : null}
        <a href={directionsUrl(event.venueAddress)} rel="external noreferrer">
          {t.directionsLink}
        </a>
      </dd>
    </dl>
  );
}
