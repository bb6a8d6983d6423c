import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { formatPercent } from '@/lib/stats/format';
import type { EventStats } from '@/lib/stats/queries';
import { BarChart } from './bar-chart';
import { StatsTable } from './stats-table';
import chartStyles from './stats.module.css';

interface Props {
  stats: EventStats;
  t: Dictionary['sessionLists'];
  locale: Locale;
}

/** Registrations per attendance mode and status (events that offer online attendance). */
export function ModeSection({ stats, t, locale }: Props) {
  const s = t.stats;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section className={chartStyles.section} aria-labelledby="stats-mode">
      <h2 id="stats-mode">{s.byMode}</h2>
      <StatsTable
        caption={s.byModeCaption}
        columns={[s.colMode, s.colConfirmed, s.colWaitlisted, s.colCancelled]}
        rows={stats.byMode.map((m) => [t.attendees[`mode.${m.mode}`], n(m.confirmed), n(m.waitlisted), n(m.cancelled)])}
      />
    </section>
  );
}

/** How full each bookable session is: booked places as bars, then booked / places / waiting / checked in. */
export function SessionFillSection({ stats, t, locale }: Props) {
  const s = t.stats;
  const o = t.overview;
  const n = (v: number) => formatNumber(v, locale);
  const lang = locale === 'de' ? undefined : 'de';
  return (
    <section className={chartStyles.section} aria-labelledby="stats-sessions">
      <h2 id="stats-sessions">{s.sessions}</h2>
      <BarChart
        title={s.sessionsChart}
        description={stats.sessions.map((x) => `${x.title}: ${n(x.booked)}`).join('; ')}
        bars={stats.sessions.map((x) => ({ label: x.title, value: x.booked, lang }))}
      />
      <StatsTable
        caption={s.sessionsCaption}
        columns={[o.colSession, o.colBooked, o.colPlaces, s.fill, o.colWaiting, o.colCheckedIn]}
        rows={stats.sessions.map((x) => [
          <span key="title" lang={lang}>
            {x.title}
          </span>,
          n(x.booked),
          x.capacity === null ? o.unlimited : n(x.capacity),
          x.capacity ? formatPercent(x.booked / x.capacity, locale) : '–',
          n(x.waiting),
          n(x.checkedIn),
        ])}
      />
    </section>
  );
}
