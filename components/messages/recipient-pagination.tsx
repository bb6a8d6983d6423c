import { PageLinks } from '@/components/dashboard/pagination';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Previous/next links for a message's recipient list. */
export function RecipientPagination({
  base,
  page,
  totalPages,
  t,
}: {
  base: string;
  page: number;
  totalPages: number;
  t: Dictionary['dashboard']['messages'];
}) {
  return (
    <PageLinks
      label={t.pages}
      href={(p) => (p > 1 ? `${base}?page=${p}` : base)}
      page={page}
      totalPages={totalPages}
      t={t}
    />
  );
}
