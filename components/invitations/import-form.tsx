'use client';

import { useRef, useState } from 'react';
import type { ErrorEnvelope } from '@/lib/edge/result';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { ImportPreview } from '@/lib/invitations/import-service';
import { ImportPreviewTables } from './import-preview';
import styles from './invitations.module.css';

type State =
  | { step: 'choose' | 'reading' }
  | { step: 'preview' | 'importing'; preview: ImportPreview }
  | { step: 'done'; added: number; skipped: number };

/**
 * Upload, preview, confirm. Both steps upload the same file (the server keeps nothing between them and checks it
 * again on confirm); the preview's file hash ties the confirmation to what was shown.
 */
export function ImportForm({ slug, t, locale }: { slug: string; t: Dictionary['invitations']; locale: Locale }) {
  const [state, setState] = useState<State>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const i = t.import;
  const number = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'de-DE');

  async function upload(step: 'preview' | 'confirm', fileHash = '') {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError(i.noFile);
      return null;
    }
    const body = new FormData();
    body.set('file', file);
    body.set('step', step);
    body.set('fileHash', fileHash);
    try {
      const response = await fetch(`/dashboard/events/${encodeURIComponent(slug)}/invitations/import/file`, {
        method: 'POST',
        body,
        headers: { 'Accept-Language': locale },
      });
      const json = (await response.json().catch(() => null)) as unknown;
      if (response.ok) return json;
      setError((json as ErrorEnvelope | null)?.error?.message ?? t.dashboard.unexpected);
    } catch {
      setError(t.dashboard.unexpected);
    }
    return null;
  }

  const focusStatus = () => requestAnimationFrame(() => statusRef.current?.focus());

  async function preview(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setState({ step: 'reading' });
    const result = (await upload('preview')) as ImportPreview | null;
    setState(result ? { step: 'preview', preview: result } : { step: 'choose' });
    focusStatus();
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    setError(null);
    setState({ step: 'importing', preview: state.preview });
    const result = (await upload('confirm', state.preview.fileHash)) as { added: number; skipped: number } | null;
    setState(result ? { step: 'done', ...result } : { step: 'preview', preview: state.preview });
    focusStatus();
  }

  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <div className="stack">
      <form onSubmit={preview} className="stack" noValidate>
        <div className="field">
          <label htmlFor="import-file">{i.file}</label>
          <p id="import-file-hint" className="hint">
            {i.limits}
          </p>
          <input
            ref={fileRef}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            onChange={() => {
              setError(null);
              setState({ step: 'choose' });
            }}
          />
        </div>
        <p>
          <button type="submit" className="btn btn-secondary" disabled={busy} aria-busy={state.step === 'reading'}>
            {state.step === 'reading' ? i.reading : i.preview}
          </button>
        </p>
      </form>
      <div ref={statusRef} tabIndex={-1} className="stack">
        {error ? (
          <p role="alert" className="alert alert-error">
            {error}
          </p>
        ) : null}
        {busy ? (
          <p role="status" className="muted">
            {state.step === 'reading' ? i.reading : i.importing}
          </p>
        ) : null}
        {state.step === 'done' ? (
          <div role="status" className="alert alert-success">
            <p>{fill(i.done, { added: number(state.added), skipped: number(state.skipped) })}</p>
            <p>
              <a href={`/dashboard/events/${slug}/invitations`}>{i.toList}</a>
            </p>
          </div>
        ) : null}
      </div>
      {state.step === 'preview' || state.step === 'importing' ? (
        <section aria-labelledby="import-preview-heading" className={styles.panel}>
          <h2 id="import-preview-heading">
            {fill(i.summary, {
              total: number(state.preview.total),
              valid: number(state.preview.valid),
              invalid: number(state.preview.invalid),
            })}
          </h2>
          <p>{i.nothingStored}</p>
          <ImportPreviewTables preview={state.preview} t={i} number={number} />
          <p>
            {state.preview.valid > 0 ? (
              <button type="button" className="btn" onClick={confirm} disabled={busy} aria-busy={busy}>
                {state.step === 'importing' ? i.importing : fill(i.confirm, { n: number(state.preview.valid) })}
              </button>
            ) : (
              <strong>{i.nothingValid}</strong>
            )}
          </p>
        </section>
      ) : null}
    </div>
  );
}
