import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ContentFallbackNote } from '@/components/events/content-note';
import { EventFacts } from '@/components/events/event-facts';
import { EventHosts, EventProgramme } from '@/components/events/event-programme';
import { EventRegistration } from '@/components/events/event-registration';
import { Markdown } from '@/components/events/markdown';
import styles from '@/components/events/events.module.css';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { StatusBadge } from '@/components/ui/status-badge';
import { localizeEvent } from '@/lib/events/localize';
import { getEventBySlug } from '@/lib/events/queries';
import { isLocale, toLocale } from '@/lib/i18n/config';
import { EventCover } from '@/components/events/event-cover';
import { EventJsonLd } from '@/components/events/event-json-ld';
import { eventShareMetadata } from '@/lib/branding/share';
import { getDictionary } from '@/lib/i18n/dictionaries';

// Served from the full-route cache, reached through the rewrite in scripts/server.ts (or proxy.ts under
// `next start`), which picks the language by cookie. The registration box (places left, open/closed by time)
// may be this many seconds old; the register page is dynamic and authoritative. Edits, (un)publishing and an
// event filling up or reopening revalidate at once (lib/events/revalidate.ts).
export const revalidate = 30;

// Nothing at build time (the build has no database): each event is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

// Metadata and page share one query per rendering.
const loadEvent = cache((slug: string) => getEventBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const event = await loadEvent(slug);
  if (!event || !isLocale(locale)) return {};
  const { title, motto } = localizeEvent(event, locale);
  const share = await eventShareMetadata({ slug, title: title.value, description: motto.value }, toLocale(locale));
  return { title: title.value, description: motto.value ?? undefined, ...share };
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const event = await loadEvent(slug);
  if (!event) notFound();
  const t = getDictionary(locale);
  // English where the organizer gave it; German fields on an English page carry lang="de" for screen readers.
  const c = localizeEvent(event, locale);
  return (
    <PageMain>
      <EventJsonLd event={event} locale={locale} />
      <p>
        <Link href="/">← {t.event.back}</Link>
      </p>
      <EventCover eventId={event.id} locale={locale} />
      <h1 lang={c.title.lang}>{c.title.value}</h1>
      <ContentFallbackNote fallbacks={c.fallbacks} locale={locale} />
      {event.isExample ? (
        <>
          <p>
            <StatusBadge label={t.status.example} tone="warning" />
          </p>
          <Alert kind="info">
            <p>{t.event.exampleNotice}</p>
          </Alert>
        </>
      ) : null}
      {c.motto.value ? (
        <p className={styles.motto}>
          <span className="visually-hidden">{t.event.motto}: </span>
          <span lang={c.motto.lang}>{c.motto.value}</span>
        </p>
      ) : null}
      <div className={styles.sections}>
        <EventRegistration event={event} locale={locale} />
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t.event.whenWhere}</h2>
          <EventFacts event={event} directions={c.venueDirections} locale={locale} />
        </section>
        {c.description.value ? (
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t.event.about}</h2>
            <Markdown source={c.description.value} lang={c.description.lang} />
          </section>
        ) : null}
        <section aria-labelledby="programme-heading">
          <h2 id="programme-heading">{t.event.programme}</h2>
          <EventProgramme sessions={c.sessions} locale={locale} />
        </section>
        {c.themes.value.length > 0 ? (
          <section aria-labelledby="themes-heading">
            <h2 id="themes-heading">{t.event.themes}</h2>
            <ul lang={c.themes.lang}>
              {c.themes.value.map((theme) => (
                <li key={theme}>{theme}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {event.hosts.length > 0 ? (
          <section aria-labelledby="hosts-heading">
            <h2 id="hosts-heading">{t.event.hosts}</h2>
            <EventHosts hosts={c.hosts} />
          </section>
        ) : null}
      </div>
    </PageMain>
  );
}
