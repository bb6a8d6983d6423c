import { ContentFallbackNote } from '@/components/events/content-note';
import { EventCard } from '@/components/events/event-card';
import styles from '@/components/events/events.module.css';
import { PageMain } from '@/components/ui/page-main';
import { localizeEvent } from '@/lib/events/localize';
import { getEventOverviews } from '@/lib/events/queries';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [{ locale, t }, { upcoming, past }] = await Promise.all([getI18n(), getEventOverviews()]);
  const fallbacks = [...upcoming, ...past].flatMap((event) => localizeEvent(event, locale).fallbacks);
  return (
    <PageMain>
      <h1>{t.home.title}</h1>
      <p>{t.home.intro}</p>
      <ContentFallbackNote fallbacks={fallbacks} locale={locale} />
      {upcoming.length === 0 && past.length === 0 ? (
        <p className="card">{t.home.empty}</p>
      ) : (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t.home.upcoming}</h2>
            {upcoming.length === 0 ? (
              <p>{t.home.noUpcoming}</p>
            ) : (
              <ul className={styles.cardList}>
                {upcoming.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 ? (
            <section aria-labelledby="past-heading">
              <h2 id="past-heading">{t.home.past}</h2>
              <ul className={styles.cardList}>
                {past.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} locale={locale} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </PageMain>
  );
}
