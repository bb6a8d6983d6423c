'use client';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  checkInByCodeAction, checkInByIdAction, getCountsAction, searchAttendeesAction, type CheckinOutcome,
} from '@/lib/checkin/actions';
import type { CheckinCounts, CheckinSearchHit } from '@/lib/checkin/queries';
import styles from './checkin-panel.module.css';

const REFRESH_MS = 10_000;
const clock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const number = new Intl.NumberFormat('de-DE');

function personName(hit: CheckinSearchHit): string {
  return [hit.title, hit.firstName, hit.lastName].filter(Boolean).join(' ');
}

function StatusBadge({ hit }: { hit: CheckinSearchHit }) {
  if (hit.status === 'cancelled') return <span className="badge badge-danger">Storniert</span>;
  if (hit.status === 'waitlisted') return <span className="badge badge-warning">Warteliste</span>;
  if (hit.checkedInAt) return <span className="badge badge-success">Eingecheckt {clock.format(new Date(hit.checkedInAt))} Uhr</span>;
  return <span className="badge">Bestätigt, noch nicht eingecheckt</span>;
}

/** The door screen: scan or type a ticket code, or find a person by name, and see the verdict in large type. */
export function CheckinPanel({ slug, initialCounts }: { slug: string; initialCounts: CheckinCounts }) {
  const codeRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<(CheckinOutcome & { seq: number }) | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [counts, setCounts] = useState(initialCounts);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [hits, setHits] = useState<CheckinSearchHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);

  const refreshCounts = useCallback(async () => {
    try {
      const res = await getCountsAction(slug);
      if (res.ok) setCounts(res.data);
    } catch {
      // A missed refresh is harmless; the next tick or check-in tries again.
    }
  }, [slug]);

  useEffect(() => {
    const timer = setInterval(() => void refreshCounts(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refreshCounts]);

  const runSearch = useCallback(async (q: string) => {
    setSearching(true);
    setSearchError(null);
    try {
      const res = await searchAttendeesAction(slug, q);
      if (res.ok) { setHits(res.data); setSearched(q); } else setSearchError(res.formError);
    } catch {
      setSearchError('Die Suche ist fehlgeschlagen. Bitte versuchen Sie es erneut.');
    } finally {
      setSearching(false);
    }
  }, [slug]);

  // Scanners send the next code right away, so only the newest answer may fill the result panel.
  async function show(request: () => Promise<Awaited<ReturnType<typeof checkInByCodeAction>>>) {
    const seq = ++latest.current;
    try {
      const res = await request();
      if (seq !== latest.current) return;
      if (res.ok) { setOutcome({ ...res.data, seq }); setFormError(null); } else { setOutcome(null); setFormError(res.formError); }
    } catch {
      if (seq === latest.current) { setOutcome(null); setFormError('Keine Verbindung zum Server. Bitte erneut scannen.'); }
    }
    void refreshCounts();
  }

  async function onScan(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = code.trim();
    setCode('');
    codeRef.current?.focus();
    if (!value) return;
    await show(() => checkInByCodeAction(slug, value));
  }

  async function onCheckInHit(hit: CheckinSearchHit) {
    codeRef.current?.focus();
    await show(() => checkInByIdAction(slug, hit.id));
    if (searched !== null) await runSearch(searched);
  }

  async function onSearch(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!query.trim()) { setHits(null); setSearchError('Bitte geben Sie einen Namen oder eine Organisation ein.'); return; }
    await runSearch(query);
  }

  const display = outcome?.display;
  return (
    <div className={styles.panel}>
      <p role="status" className={styles.counter}>
        <strong>{number.format(counts.checkedIn)}</strong> von {number.format(counts.confirmed)} eingecheckt
      </p>

      <section aria-labelledby="scan-heading">
        <h2 id="scan-heading" className="visually-hidden">Ticket scannen</h2>
        <form onSubmit={onScan} className={styles.scanForm} autoComplete="off">
          <div className={`field ${styles.grow}`}>
            <label htmlFor="ticket-code">Ticket-Code</label>
            <input
              ref={codeRef} id="ticket-code" name="code" className={`input ${styles.codeInput}`} value={code}
              onChange={(e) => setCode(e.target.value)} autoFocus autoCapitalize="characters" autoCorrect="off"
              spellCheck={false} enterKeyHint="go" aria-describedby="ticket-code-hint"
            />
            <span id="ticket-code-hint" className="hint">QR-Code scannen oder Code eintippen und Enter drücken.</span>
          </div>
          <button type="submit" className="btn btn-large">Einchecken</button>
        </form>
      </section>

      <div role="status" aria-live="assertive" aria-atomic="true" className={styles.resultRegion}>
        {outcome && display ? (
          <div key={outcome.seq} className={`${styles.result} ${styles[display.tone]}`}>
            <span className={styles.symbol} aria-hidden="true">{display.symbol}</span>
            <div>
              <p className={styles.headline}>{display.headline}</p>
              {display.name && <p className={styles.name}>{display.name}</p>}
              {display.detail && <p className={styles.detail}>{display.detail}</p>}
            </div>
          </div>
        ) : formError ? (
          <div className="alert alert-error">{formError}</div>
        ) : (
          <p className="muted">Bereit. Das Ergebnis des nächsten Scans erscheint hier.</p>
        )}
      </div>

      <section aria-labelledby="search-heading" className={styles.search}>
        <h2 id="search-heading">Ohne Ticket: nach Namen suchen</h2>
        <form onSubmit={onSearch} className={styles.scanForm} role="search">
          <div className={`field ${styles.grow}`}>
            <label htmlFor="attendee-search">Name oder Organisation</label>
            <input id="attendee-search" type="search" className="input" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <button type="submit" className="btn btn-secondary" disabled={searching}>Suchen</button>
        </form>
        <div aria-live="polite" className={styles.searchStatus}>
          {searching ? <p>Suche läuft …</p>
            : searchError ? <p className="error-text">{searchError}</p>
            : hits && <p>{hits.length === 0 ? 'Keine Treffer.' : `${hits.length} Treffer${hits.length === 20 ? ' (die ersten 20; bitte genauer suchen)' : ''}.`}</p>}
        </div>
        {hits && hits.length > 0 && (
          <ul className={styles.hits}>
            {hits.map((hit) => (
              <li key={hit.id} className={styles.hit}>
                <div>
                  <p className={styles.hitName}>{personName(hit)}</p>
                  {hit.organization && <p className="muted">{hit.organization}</p>}
                  <StatusBadge hit={hit} />
                </div>
                <button type="button" className="btn" aria-label={`Einchecken: ${personName(hit)}`} onClick={() => void onCheckInHit(hit)}>
                  Einchecken
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
