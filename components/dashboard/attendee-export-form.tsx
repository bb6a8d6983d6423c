'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteExportTemplateAction, saveExportTemplateAction } from '@/lib/export/actions';
import styles from './dashboard.module.css';

interface Props {
  slug: string;
  /** The current filters as hidden fields, so the download honours them. */
  filters: [string, string][];
  columns: { key: string; label: string }[];
  defaultKeys: string[];
  templates: { id: string; name: string; columns: string[] }[];
}

/** Column choice, export templates and the three download buttons (a plain GET form per format). */
export function AttendeeExportForm({ slug, filters, columns, defaultKeys, templates }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set(defaultKeys));
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const base = `/dashboard/events/${slug}/export`;
  const known = new Set(columns.map((c) => c.key));

  const toggle = (key: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });
  const apply = (id: string) => {
    const t = templates.find((x) => x.id === id);
    if (!t) return;
    setSelected(new Set(t.columns.filter((k) => known.has(k))));
    setName(t.name);
    setMessage({ kind: 'success', text: `Vorlage „${t.name}“ angewendet.` });
  };
  const ordered = columns.filter((c) => selected.has(c.key)).map((c) => c.key);
  const save = () =>
    startTransition(async () => {
      const result = await saveExportTemplateAction(slug, { name, columns: ordered });
      if (result.ok) router.refresh();
      setMessage(
        result.ok
          ? { kind: 'success', text: `Vorlage „${name.trim()}“ gespeichert.` }
          : {
              kind: 'error',
              text:
                result.formError ??
                Object.values(result.fieldErrors ?? {})[0] ??
                'Die Vorlage konnte nicht gespeichert werden.',
            },
      );
    });
  const remove = (id: string) =>
    startTransition(async () => {
      const result = await deleteExportTemplateAction(slug, id);
      if (result.ok) router.refresh();
      setMessage(
        result.ok
          ? { kind: 'success', text: 'Vorlage gelöscht.' }
          : { kind: 'error', text: result.formError ?? 'Löschen fehlgeschlagen.' },
      );
    });

  return (
    <form method="get" action={`${base}/csv`} className="stack">
      {filters.map(([k, v]) => (
        <input key={`${k}=${v}`} type="hidden" name={k} value={v} />
      ))}
      <div aria-live="polite">{message && <p className={`alert alert-${message.kind}`}>{message.text}</p>}</div>
      {templates.length > 0 && (
        <section aria-labelledby="templates-heading" className="stack">
          <h2 id="templates-heading">Vorlagen</h2>
          <ul className={styles.actions}>
            {templates.map((t) => (
              <li key={t.id} className={styles.actions}>
                <button type="button" className="btn btn-secondary" onClick={() => apply(t.id)}>
                  „{t.name}“ anwenden
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => remove(t.id)}
                  disabled={pending}
                  aria-label={`Vorlage „${t.name}“ löschen`}
                >
                  Löschen
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <fieldset>
        <legend>
          Spalten ({ordered.length} von {columns.length})
        </legend>
        <div className={styles.filters}>
          {columns.map((c) => (
            <label key={c.key} className="checkbox">
              <input
                type="checkbox"
                name="col"
                value={c.key}
                checked={selected.has(c.key)}
                onChange={() => toggle(c.key)}
              />{' '}
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.filters}>
        <div className="field">
          <label htmlFor="template-name">Auswahl als Vorlage speichern</label>
          <input
            id="template-name"
            className="input"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <p>
          <button type="button" className="btn btn-secondary" onClick={save} disabled={pending || !name.trim()}>
            Vorlage speichern
          </button>
        </p>
      </div>
      {ordered.length === 0 && (
        <p className="alert alert-error" role="alert">
          Bitte wählen Sie mindestens eine Spalte.
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="btn" formAction={`${base}/csv`} disabled={ordered.length === 0}>
          CSV (Excel)
        </button>
        <button type="submit" className="btn" formAction={`${base}/xlsx`} disabled={ordered.length === 0}>
          XLSX
        </button>
        <button type="submit" className="btn btn-secondary" formAction={`${base}/json`} disabled={ordered.length === 0}>
          JSON
        </button>
      </div>
    </form>
  );
}
