import Link from 'next/link';
import { attendeeFilterQuery, type AttendeeFilters } from '@/lib/attendees/filters';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './dashboard.module.css';

/** The list URL for a page, keeping search, filters and sorting. */
export function attendeeListHref(slug: string, filters: AttendeeFilters, page: number): string {
  const query = attendeeFilterQuery({ ...filters, page }, { page: true });
  return `/dashboard/events/${slug}${query ? `?${query}` : ''}`;
}

/** "Page x of y" with previous/next links; `href` builds a page's URL. */
export function PageLinks({
  label,
  href,
  page,
  totalPages,
  t,
}: {
  label: string;
  href: (page: number) => string;
  page: number;
  totalPages: number;
  t: { prev: string; next: string; pageOf: string };
}) {
  return (
    <nav aria-label={label} className={styles.pagination}>
      {page > 1 && (
        <Link className="btn btn-secondary" href={href(page - 1)} rel="prev">
          {t.prev}
        </Link>
      )}
      <span aria-current="page">{fill(t.pageOf, { page, pages: totalPages })}</span>
      {page < totalPages && (
        <Link className="btn btn-secondary" href={href(page + 1)} rel="next">
          {t.next}
        </Link>
      )}
    </nav>
  );
}

/** The attendee list's pages, keeping the filters. */
export function Pagination({
  slug,
  filters,
  page,
  totalPages,
  t,
}: {
  slug: string;
  filters: AttendeeFilters;
  page: number;
  totalPages: number;
  t: Dictionary['dashboard']['attendees'];
}) {
  return (
    <PageLinks
      label={t.pages}
      href={(p) => attendeeListHref(slug, filters, p)}
      page={page}
      totalPages={totalPages}
      t={t}
    />
  );
}
