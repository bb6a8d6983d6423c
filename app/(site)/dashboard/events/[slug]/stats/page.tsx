import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FillContent } from '@/components/dashboard/fill-content';
import { ModeSection, SessionFillSection } from '@/components/stats/session-stats';
import { CategorySection, CheckInSection, RegistrationsSection, StatsSummary } from '@/components/stats/stats-sections';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { contentLang } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getEventStats, getStatsEvent } from '@/lib/stats/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.stats.title };
}
export const dynamic = 'force-dynamic';

export default async function EventStatsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const { slug } = await params;
  const event = await getStatsEvent(slug);
  if (!event) notFound();
  const { t: dict, locale } = await getI18n();
  const t = dict.dashboard.stats;
  const now = new Date();
  const stats = await getEventStats(event, now);
  const ended = now >= event.endsAt;

  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}`}>{t.back}</Link>
      </p>
      <h1>
        <FillContent
          template={t.heading}
          values={{ event: event.title }}
          german={['event']}
          lang={contentLang(locale)}
        />
      </h1>
      <p className="muted">
        {formatDateTime(event.startsAt, locale)}
        {ended ? ` · ${t.ended}` : ''}
      </p>
      <StatsSummary stats={stats} t={t} locale={locale} />
      <RegistrationsSection stats={stats} t={t} locale={locale} />
      {event.attendanceFormat !== 'onsite' && <ModeSection stats={stats} t={dict.sessionLists} locale={locale} />}
      {stats.sessions.length > 0 && <SessionFillSection stats={stats} t={dict.sessionLists} locale={locale} />}
      <CategorySection
        id="stats-sector"
        kind="sector"
        counts={stats.bySector}
        total={stats.counts.confirmed}
        t={t}
        locale={locale}
        form={dict.form}
      />
      <CategorySection
        id="stats-state"
        kind="state"
        counts={stats.byState}
        total={stats.counts.confirmed}
        t={t}
        locale={locale}
        form={dict.form}
      />
      <CheckInSection stats={stats} t={t} locale={locale} />
    </div>
  );
}
