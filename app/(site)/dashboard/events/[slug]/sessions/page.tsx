import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FillContent } from '@/components/dashboard/fill-content';
import { SessionOverviewTable } from '@/components/sessions/session-overview-table';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { contentLang } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getSessionOverview } from '@/lib/sessions/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sessionLists.overview.title, robots: { index: false } };
}
export const dynamic = 'force-dynamic';

export default async function SessionOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const { slug } = await params;
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
