import Link from 'next/link';
import { attendeeFilterQuery, type AttendeeFilters } from '@/lib/attendees/filters';
import styles from './dashboard.module.css';

/** The list URL for a page, keeping search, filters and sorting. */
export function attendeeListHref(slug: string, filters: AttendeeFilters, page: number): string {
  const query = attendeeFilterQuery({ ...filters, page }, { page: true });
  return `/dashboard/events/${slug}${query ? `?${query}` : ''}`;
}

/** "Seite x von y" with previous/next links that keep the filters. */
export function Pagination({
  slug,
  filters,
  page,
  totalPages,
}: {
  slug: string;
  filters: AttendeeFilters;
  page: number;
  totalPages: number;
}) {
  return (
    <nav aria-label="Seiten der Teilnehmendenliste" className={styles.pagination}>
      {page > 1 && (
        <Link className="btn btn-secondary" href={attendeeListHref(slug, filters, page - 1)} rel="prev">
          Vorherige Seite
        </Link>
      )}
      <span aria-current="page">
        Seite {page} von {totalPages}
      </span>
      {page < totalPages && (
        <Link className="btn btn-secondary" href={attendeeListHref(slug, filters, page + 1)} rel="next">
          Nächste Seite
        </Link>
      )}
    </nav>
  );
}
