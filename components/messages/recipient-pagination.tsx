import Link from 'next/link';
import dashboard from '@/components/dashboard/dashboard.module.css';

/** "Seite x von y" with previous/next links for a message's recipient list. */
export function RecipientPagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  const href = (p: number) => (p > 1 ? `${base}?page=${p}` : base);
  return (
    <nav aria-label="Seiten der Empfängerliste" className={dashboard.pagination}>
      {page > 1 && (
        <Link className="btn btn-secondary" href={href(page - 1)} rel="prev">
          Vorherige Seite
        </Link>
      )}
      <span aria-current="page">
        Seite {page} von {totalPages}
      </span>
      {page < totalPages && (
        <Link className="btn btn-secondary" href={href(page + 1)} rel="next">
          Nächste Seite
        </Link>
      )}
    </nav>
  );
}
