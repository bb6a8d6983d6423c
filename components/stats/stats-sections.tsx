import { KeyFigures } from '@/components/dashboard/registration-counts';
import { formatNumber } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { formatDay, formatHour, formatPercent } from '@/lib/stats/format';
import type { CategoryCount, EventStats } from '@/lib/stats/queries';
import { BarChart } from './bar-chart';
import { LineChart } from './line-chart';
import { StatsTable } from './stats-table';
import chartStyles from './stats.module.css';

type Texts = Dictionary['dashboard']['stats'];
interface I18n {
  t: Texts;
  locale: Locale;
}

/** The headline numbers as key figures. */
export function StatsSummary({ stats, t, locale }: { stats: EventStats } & I18n) {
  const n = (v: number) => formatNumber(v, locale);
  const items: [string, string][] = [
    [t.total, n(stats.counts.total)],
    [t.confirmed, n(stats.counts.confirmed)],
    [t.waitlisted, n(stats.counts.waitlisted)],
    [t.cancelled, n(stats.counts.cancelled)],
    [t.checkedIn, `${n(stats.checkedIn)} (${formatPercent(stats.checkInRate, locale)})`],
    [stats.noShows === null ? t.noShowsLater : t.noShows, stats.noShows === null ? '–' : n(stats.noShows)],
  ];
  return <KeyFigures items={items} />;
}

/** Registrations over time: a cumulative line and the days with new registrations as a table. */
export function RegistrationsSection({ stats, t, locale }: { stats: EventStats } & I18n) {
  const days = stats.registrationsByDay;
  const last = days[days.length - 1];
  const day = (d: string) => formatDay(d, locale);
  return (
    <section className={chartStyles.section} aria-labelledby="stats-registrations">
      <h2 id="stats-registrations">{t.overTime}</h2>
      {days.length === 0 ? (
        <p className="alert alert-info">{t.none}</p>
      ) : (
        <>
          <LineChart
            title={t.overTimeChart}
            description={fill(t.overTimeDescription, {
              from: day(days[0]!.day),
              to: day(last!.day),
              n: formatNumber(last!.cumulative, locale),
            })}
            points={days.map((d) => ({ label: day(d.day), value: d.cumulative }))}
          />
          <StatsTable
            caption={t.overTimeCaption}
            columns={[t.day, t.newRegistrations, t.sum]}
            rows={days
              .filter((d) => d.count > 0)
              .map((d) => [day(d.day), formatNumber(d.count, locale), formatNumber(d.cumulative, locale)])}
          />
        </>
      )}
    </section>
  );
}

/** Confirmed registrations split by one answer (sector or state). */
export function CategorySection({
  id,
  kind,
  counts,
  total,
  t,
  locale,
  form,
}: {
  id: string;
  kind: 'sector' | 'state';
  counts: CategoryCount[];
  total: number;
  form: Dictionary['form'];
} & I18n) {
  const title = kind === 'sector' ? t.bySector : t.byState;
  // Sectors have dictionary labels; states keep their own German names (lang="de" off the German page).
  const label = (key: string | null): { text: string; lang?: 'de' } => {
    if (key === null) return { text: t.noAnswer };
    const known = (form as Record<string, string>)[`${kind}.${key}`];
    return known ? { text: known } : { text: key, lang: locale === 'de' ? undefined : 'de' };
  };
  return (
    <section className={chartStyles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {counts.length === 0 ? (
        <p className="alert alert-info">{t.noneConfirmed}</p>
      ) : (
        <>
          <BarChart
            title={fill(t.categoryChart, { title })}
            description={counts.map((c) => `${label(c.key).text}: ${formatNumber(c.count, locale)}`).join('; ')}
            bars={counts.map((c) => ({ label: label(c.key).text, lang: label(c.key).lang, value: c.count }))}
          />
          <StatsTable
            caption={fill(t.categoryCaption, { title })}
            columns={[kind === 'sector' ? t.sector : t.state, t.count, t.share]}
            rows={counts.map((c) => [
              <span key="label" lang={label(c.key).lang}>
                {label(c.key).text}
              </span>,
              formatNumber(c.count, locale),
              formatPercent(total ? c.count / total : null, locale),
            ])}
          />
        </>
      )}
    </section>
  );
}

/** Check-in rate and arrivals per hour. */
export function CheckInSection({ stats, t, locale }: { stats: EventStats } & I18n) {
  const arrivals = stats.arrivalsByHour;
  const n = (v: number) => formatNumber(v, locale);
  const hour = (h: string) => formatHour(h, locale);
  return (
    <section className={chartStyles.section} aria-labelledby="stats-checkin">
      <h2 id="stats-checkin">{t.checkin}</h2>
      <p>
        {fill(t.checkinSummary, {
          checkedIn: n(stats.checkedIn),
          confirmed: n(stats.counts.confirmed),
          rate: formatPercent(stats.checkInRate, locale),
        })}
        {stats.noShows !== null && ` ${fill(t.noShowsSummary, { n: n(stats.noShows) })}`}
      </p>
      {arrivals.length === 0 ? (
        <p className="alert alert-info">{t.noCheckins}</p>
      ) : (
        <>
          <BarChart
            title={t.arrivals}
            description={arrivals.map((a) => `${hour(a.hour)}: ${n(a.count)}`).join('; ')}
            bars={arrivals.map((a) => ({ label: hour(a.hour), value: a.count }))}
          />
          <StatsTable
            caption={t.arrivalsCaption}
            columns={[t.hour, t.arrivalsColumn]}
            rows={arrivals.map((a) => [hour(a.hour), n(a.count)])}
          />
        </>
      )}
    </section>
  );
}
