import Link from 'next/link';
import toolbar from '@/components/dashboard/toolbar.module.css';
import styles from './invitations.module.css';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import {
  INVITATION_STATUSES,
  type InvitationFilters,
  type InvitationStatusValue,
  invitationFilterQuery,
} from '@/lib/invitations/schema';

type T = Dictionary['invitations'];

/** The counts per status, each a link that filters the list by it (the current one marked). */
export function InvitationCounts({
  base,
  counts,
  all,
  filters,
  t,
  locale,
}: {
  base: string;
  counts: Record<InvitationStatusValue, number>;
  all: number;
  filters: InvitationFilters;
  t: T;
  locale: Locale;
}) {
  const href = (status?: InvitationStatusValue) => {
    const query = invitationFilterQuery({ q: filters.q, status });
    return query ? `${base}?${query}` : base;
  };
  const item = (label: string, n: number, status?: InvitationStatusValue) => (
    <li key={status ?? 'all'}>
      <Link href={href(status)} aria-current={filters.status === status ? 'page' : undefined}>
        {label}: <strong>{formatNumber(n, locale)}</strong>
      </Link>
    </li>
  );
  return (
    <nav aria-label={t.dashboard.countsLabel}>
      <ul className={styles.counts}>
        {item(t.dashboard.all, all)}
        {INVITATION_STATUSES.map((s) => item(t.statuses[s], counts[s], s))}
      </ul>
    </nav>
  );
}

/** Status and search as a plain GET form, so the filters work without JavaScript and land in the URL. */
export function InvitationFilterForm({ base, filters, t }: { base: string; filters: InvitationFilters; t: T }) {
  const d = t.dashboard;
  return (
    <form role="search" method="get" action={base} aria-label={d.filterLegend} className="stack">
      <div className={toolbar.filters}>
        <div className="field">
          <label htmlFor="invitation-search">{d.search}</label>
          <input
            id="invitation-search"
            className="input"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="invitation-status">{d.status}</label>
          <select id="invitation-status" className="select" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{d.all}</option>
            {INVITATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="actions">
        <button type="submit" className="btn btn-secondary">
          {d.apply}
        </button>{' '}
        <Link href={base}>{d.reset}</Link>
      </p>
    </form>
  );
}
