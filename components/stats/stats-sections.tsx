import { KeyFigures } from '@/components/dashboard/registration-counts';
import { formatNumber } from '@/lib/format';
import { formatDay, formatHour, formatPercent } from '@/lib/stats/format';
import type { CategoryCount, EventStats } from '@/lib/stats/queries';
import { BarChart } from './bar-chart';
import { LineChart } from './line-chart';
import { StatsTable } from './stats-table';
import chartStyles from './stats.module.css';

const CATEGORY_LABELS: Record<string, string> = { Andere: 'Anderes Bundesland / Ausland' };
const categoryLabel = (key: string | null) => (key === null ? 'Keine Angabe' : (CATEGORY_LABELS[key] ?? key));

/** The key figures: registrations by status, check-ins and (after the event) no-shows. */
export function StatsSummary({ stats }: { stats: EventStats }) {
  const items: [string, string][] = [
    ['Anmeldungen insgesamt', formatNumber(stats.counts.total)],
    ['Bestätigt', formatNumber(stats.counts.confirmed)],
    ['Warteliste', formatNumber(stats.counts.waitlisted)],
    ['Storniert', formatNumber(stats.counts.cancelled)],
    ['Eingecheckt', `${formatNumber(stats.checkedIn)} (${formatPercent(stats.checkInRate)})`],
    // Before the end everyone not yet checked in may still come, so no-shows are not counted yet.
    [
      stats.noShows === null ? 'Nicht erschienen (ab Ende)' : 'Nicht erschienen',
      stats.noShows === null ? '–' : formatNumber(stats.noShows),
    ],
  ];
  return <KeyFigures items={items} />;
}

/** Registrations over time: a cumulative line and the days with new registrations as a table. */
export function RegistrationsSection({ stats }: { stats: EventStats }) {
  const days = stats.registrationsByDay;
  const last = days[days.length - 1];
  return (
    <section className={chartStyles.section} aria-labelledby="stats-registrations">
      <h2 id="stats-registrations">Anmeldungen im Zeitverlauf</h2>
      {days.length === 0 ? (
        <p className="alert alert-info">Noch keine Anmeldungen.</p>
      ) : (
        <>
          <LineChart
            title="Anmeldungen im Zeitverlauf (kumuliert)"
            description={`Von ${formatDay(days[0]!.day)} bis ${formatDay(last!.day)} stieg die Zahl der Anmeldungen auf ${formatNumber(last!.cumulative)}.`}
            points={days.map((d) => ({ label: formatDay(d.day), value: d.cumulative }))}
          />
          <StatsTable
            caption="Neue Anmeldungen je Tag (alle, auch später stornierte) und Summe bis zu diesem Tag"
            columns={['Tag', 'Neue Anmeldungen', 'Summe']}
            rows={days
              .filter((d) => d.count > 0)
              .map((d) => [formatDay(d.day), formatNumber(d.count), formatNumber(d.cumulative)])}
          />
        </>
      )}
    </section>
  );
}

/** Confirmed registrations split by one answer (Bereich or Bundesland). */
export function CategorySection({
  id,
  title,
  column,
  counts,
  total,
}: {
  id: string;
  title: string;
  column: string;
  counts: CategoryCount[];
  total: number;
}) {
  return (
    <section className={chartStyles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {counts.length === 0 ? (
        <p className="alert alert-info">Noch keine bestätigten Anmeldungen.</p>
      ) : (
        <>
          <BarChart
            title={`${title} (bestätigte Anmeldungen)`}
            description={counts.map((c) => `${categoryLabel(c.key)}: ${formatNumber(c.count)}`).join('; ')}
            bars={counts.map((c) => ({ label: categoryLabel(c.key), value: c.count }))}
          />
          <StatsTable
            caption={`${title}: bestätigte Anmeldungen und Anteil`}
            columns={[column, 'Anzahl', 'Anteil']}
            rows={counts.map((c) => [
              categoryLabel(c.key),
              formatNumber(c.count),
              formatPercent(total ? c.count / total : null),
            ])}
          />
        </>
      )}
    </section>
  );
}

/** Check-in rate and arrivals per hour. */
export function CheckInSection({ stats }: { stats: EventStats }) {
  const arrivals = stats.arrivalsByHour;
  return (
    <section className={chartStyles.section} aria-labelledby="stats-checkin">
      <h2 id="stats-checkin">Check-in</h2>
      <p>
        {formatNumber(stats.checkedIn)} von {formatNumber(stats.counts.confirmed)} bestätigten Teilnehmenden sind
        eingecheckt ({formatPercent(stats.checkInRate)}).
        {stats.noShows !== null && ` Nicht erschienen: ${formatNumber(stats.noShows)}.`}
      </p>
      {arrivals.length === 0 ? (
        <p className="alert alert-info">Noch keine Check-ins.</p>
      ) : (
        <>
          <BarChart
            title="Ankünfte je Stunde"
            description={arrivals.map((a) => `${formatHour(a.hour)}: ${formatNumber(a.count)}`).join('; ')}
            bars={arrivals.map((a) => ({ label: formatHour(a.hour), value: a.count }))}
          />
          <StatsTable
            caption="Ankünfte (Check-ins bestätigter Teilnehmender) je Stunde"
            columns={['Stunde', 'Ankünfte']}
            rows={arrivals.map((a) => [formatHour(a.hour), formatNumber(a.count)])}
          />
        </>
      )}
    </section>
  );
}
