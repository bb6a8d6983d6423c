import Link from 'next/link';
import { SEARCH_MAX_LENGTH } from '@/lib/attendees/schema';
import styles from './dashboard.module.css';

/** Plain GET form, so the search works without JavaScript and lands in the URL. */
export function AttendeeSearchForm({ slug, q }: { slug: string; q: string }) {
  return (
    <form role="search" method="get" action={`/dashboard/events/${slug}`} className={styles.searchForm}>
      <div className={`field ${styles.searchField}`}>
        <label htmlFor="attendee-search">Suche</label>
        <input
          id="attendee-search"
          className="input"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={SEARCH_MAX_LENGTH}
          aria-describedby="attendee-search-hint"
        />
        <span id="attendee-search-hint" className="hint">Vorname, Nachname, Organisation oder E-Mail</span>
      </div>
      <button type="submit" className="btn">Suchen</button>
      {q && <Link href={`/dashboard/events/${slug}`} className="btn btn-secondary">Suche zurücksetzen</Link>}
    </form>
  );
}
