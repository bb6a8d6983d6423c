'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteExportTemplateAction, saveExportTemplateAction } from '@/lib/export/actions';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './dashboard.module.css';

interface Props {
  slug: string;
  /** The current filters as hidden fields, so the download honours them. */
  filters: [string, string][];
  columns: { key: string; label: string }[];
  defaultKeys: string[];
  templates: { id: string; name: string; columns: string[] }[];
  t: Dictionary['dashboard']['export'];
}

/** Column choice, export templates and the three download buttons (a plain GET form per format). */
export function AttendeeExportForm({ slug, filters, columns, defaultKeys, templates, t: tx }: Props) {
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
    setMessage({ kind: 'success', text: fill(tx.applied, { name: t.name }) });
  };
  const ordered = columns.filter((c) => selected.has(c.key)).map((c) => c.key);
  const save = () =>
    startTransition(async () => {
      const result = await saveExportTemplateAction(slug, { name, columns: ordered });
      if (result.ok) router.refresh();
      setMessage(
        result.ok
          ? { kind: 'success', text: fill(tx.saved, { name: name.trim() }) }
          : {
              kind: 'error',
              text: result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? tx.saveFailed,
            },
      );
    });
  const remove = (id: string) =>
    startTransition(async () => {
      const result = await deleteExportTemplateAction(slug, id);
      if (result.ok) router.refresh();
      setMessage(
        result.ok
          ? { kind: 'success', text: tx.deleted }
          : { kind: 'error', text: result.formError ?? tx.deleteFailed },
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
          <h2 id="templates-heading">{tx.templates}</h2>
          <ul className={styles.actions}>
            {templates.map((t) => (
              <li key={t.id} className={styles.actions}>
                <button type="button" className="btn btn-secondary" onClick={() => apply(t.id)}>
                  {tx.apply.split('{name}')[0]}
                  <span lang="de">{t.name}</span>
                  {tx.apply.split('{name}')[1]}
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => remove(t.id)}
                  disabled={pending}
                  aria-label={fill(tx.deleteLabel, { name: t.name })}
                >
                  {tx.delete}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <fieldset>
        <legend>{fill(tx.columns, { n: ordered.length, total: columns.length })}</legend>
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
              <span lang="de">{c.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.filters}>
        <div className="field">
          <label htmlFor="template-name">{tx.saveAs}</label>
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
            {tx.save}
          </button>
        </p>
      </div>
      {ordered.length === 0 && (
        <p className="alert alert-error" role="alert">
          {tx.noColumn}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="btn" formAction={`${base}/csv`} disabled={ordered.length === 0}>
          {tx.csv}
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
