import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { LoadingState } from '@/components/dashboard/loading-state';
import { FillContent } from '@/components/dashboard/fill-content';
import { SessionOverviewTable } from '@/components/sessions/session-overview-table';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { contentLang } from '@/lib/i18n/config';
import { getEventRefBySlug } from '@/lib/events/queries';
import { getI18n } from '@/lib/i18n/server';
import { getSessionOverview } from '@/lib/sessions/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sessionLists.overview.title, robots: { index: false } };
}
export const dynamic = 'force-dynamic';

// Access and the 404 are decided before anything streams (a loading boundary above them would answer 200 first);
// only the table waits behind the loading state.
export default async function SessionOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const { slug } = await params;
  if (!(await getEventRefBySlug(slug))) notFound();
  const { t } = await getI18n();
  return (
    <Suspense fallback={<LoadingState label={t.sessionLists.overview.loading} />}>
      <SessionOverview slug={slug} />
    </Suspense>
  );
}

async function SessionOverview({ slug }: { slug: string }) {
  const [data, { t: dict, locale }] = await Promise.all([getSessionOverview(slug), getI18n()]);
  if (!data) notFound();
  const { event, sessions } = data;
  const t = dict.sessionLists.overview;
  const base = `/dashboard/events/${event.slug}`;
  const lang = contentLang(locale);
  return (
    <div className="stack">
      <p>
        <Link href={base}>{t.back}</Link>
      </p>
      <h1>
        <FillContent template={t.heading} values={{ event: event.title }} german={['event']} lang={lang} />
      </h1>
      <p className="muted">{formatDateTime(event.startsAt, locale)}</p>
      {sessions.length === 0 ? (
        <div className="alert alert-info stack">
          <p>{t.none}</p>
          <p>
            <Link href={`${base}/edit/programme`}>{t.editProgramme}</Link>
          </p>
        </div>
      ) : (
        <SessionOverviewTable
          slug={event.slug}
          sessions={sessions}
          caption={<FillContent template={t.caption} values={{ event: event.title }} german={['event']} lang={lang} />}
          t={t}
          locale={locale}
        />
      )}
    </div>
  );
}
