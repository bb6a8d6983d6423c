import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Toolbar } from '@/components/dashboard/toolbar';
import { KeyFigures } from '@/components/dashboard/registration-counts';
import { sessionTime } from '@/components/sessions/session-overview-table';
import { SessionNoticeProvider } from '@/components/sessions/session-notice';
import { SessionPeopleTable } from '@/components/sessions/session-people-table';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatNumber } from '@/lib/format';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getSessionList } from '@/lib/sessions/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sessionLists.overview.title, robots: { index: false } };
}
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string; sessionId: string }>;
}

export default async function SessionListPage({ params }: Props) {
  await requireOrganizer();
  const { slug, sessionId } = await params;
  const [data, { t: dict, locale }] = await Promise.all([getSessionList(slug, sessionId), getI18n()]);
  if (!data) notFound();
  const { event, session, booked, waiting, others } = data;
  const t = dict.sessionLists;
  const lang = contentLang(locale);
  const base = `/dashboard/events/${event.slug}`;
  const n = (v: number) => formatNumber(v, locale);
  const time = sessionTime(session, locale);
  const targets = others.map((s) => ({ id: s.id, label: `${s.title} (${sessionTime(s, locale)})` }));
  const caption = (template: string) => fill(template, { session: session.title });
  return (
    <div className="stack">
      <p>
        <Link href={`${base}/sessions`}>{t.list.back}</Link>
      </p>
      <h1 lang={lang}>{session.title}</h1>
      <p className="muted">
        <span lang={lang}>{event.title}</span> ·{' '}
        {session.room ? fill(t.list.facts, { time, room: session.room }) : fill(t.list.factsNoRoom, { time })}
      </p>
      <KeyFigures
        items={[
          [t.overview.colBooked, n(session.booked)],
          [t.overview.colPlaces, session.capacity === null ? t.overview.unlimited : n(session.capacity)],
          [t.overview.colWaiting, n(session.waiting)],
          [t.overview.colCheckedIn, n(session.checkedIn)],
        ]}
      />
      <Toolbar
        label={t.list.toolbar}
        primary={
          <a className="btn" href={`${base}/sessions/${session.id}/export.csv`}>
            {t.list.exportCsv}
          </a>
        }
        menuLabel={dict.dashboard.moreActions}
        actions={[
          { label: t.list.signInSheet, href: `${base}/print/sign-in-sheet.pdf?session=${session.id}`, download: true },
          { label: t.list.badges, href: `${base}/print/badges.pdf?session=${session.id}`, download: true },
        ]}
      />
      <SessionNoticeProvider>
        <h2>{t.list.bookedHeading}</h2>
        <SessionPeopleTable
          slug={event.slug}
          session={session}
          entries={booked}
          kind="booked"
          caption={caption(t.list.bookedCaption)}
          empty={t.list.bookedNone}
          targets={targets}
          t={t}
          locale={locale}
        />
        <h2>{t.list.waitingHeading}</h2>
        <SessionPeopleTable
          slug={event.slug}
          session={session}
          entries={waiting}
          kind="waiting"
          caption={caption(t.list.waitingCaption)}
          empty={t.list.waitingNone}
          targets={targets}
          t={t}
          locale={locale}
        />
      </SessionNoticeProvider>
    </div>
  );
}
