import Link from 'next/link';
import styles from './dashboard.module.css';

/** The list URL for a page, keeping the search query. */
export function attendeeListHref(slug: string, q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/dashboard/events/${slug}${query ? `?${query}` : ''}`;
}

/** "Seite x von y" with previous/next links that keep the query. */
export function Pagination({ slug, q, page, totalPages }: { slug: string; q: string; page: number; totalPages: number }) {
  return (
    <nav aria-label="Seiten der Teilnehmendenliste" className={styles.pagination}>
      {page > 1 && (
        <Link className="btn btn-secondary" href={attendeeListHref(slug, q, page - 1)} rel="prev">
          Vorherige Seite
        </Link>
      )}
      <span aria-current="page">Seite {page} von {totalPages}</span>
      {page < totalPages && (
        <Link className="btn btn-secondary" href={attendeeListHref(slug, q, page + 1)} rel="next">
          Nächste Seite
        </Link>
      )}
    </nav>
  );
}
