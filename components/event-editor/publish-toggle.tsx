'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { setPublishedAction } from '@/lib/events/editor-actions';
import type { ChecklistEntry, ChecklistItem } from '@/lib/events/publish-checklist';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { ActionButton } from './action-button';
import { useEditorText } from './editor-text';

interface Props {
  eventId: string;
  title: string;
  published: boolean;
  checklist: ChecklistEntry[];
  /** The stream item's texts (issue #17), which live in the sessionAdmin dictionary. */
  streamText: Dictionary['sessionAdmin']['checklist'];
}

/**
 * Unpublishing asks first, because the public page disappears at once. Publishing opens the checklist: every unmet
 * item needs its own tick (the server checks the same), met items are listed as done.
 */
export function PublishToggle({ eventId, title, published, checklist, streamText }: Props) {
  const t = useEditorText();
  const p = { ...t.publish, ...streamText };
  const router = useRouter();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState<ChecklistItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (published)
    return (
      <ActionButton
        label={t.header.unpublish}
        itemName={title}
        action={() => setPublishedAction(eventId, false)}
        confirmText={t.header.unpublishConfirm}
      />
    );
  const toggle = (item: ChecklistItem, on: boolean) =>
    setConfirmed((list) => (on ? [...list, item] : list.filter((i) => i !== item)));
  const publish = () =>
    start(async () => {
      setError(null);
      const result = await setPublishedAction(eventId, true, confirmed).catch(() => null);
      if (result?.ok) {
        setOpen(false);
        router.refresh();
      } else setError(result?.formError ?? t.common.failed);
    });
  return (
    <div>
      <button type="button" className="btn" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {p.open}
      </button>
      <section id={panelId} hidden={!open} aria-labelledby={`${panelId}-heading`} className="card stack">
        <h2 id={`${panelId}-heading`}>{p.title}</h2>
        <p>{p.intro}</p>
        <ul>
          {checklist.map(({ item, met }) => (
            <li key={item}>
              {met ? (
                <>
                  ✓ {p[item]} <span className="muted">({p.met})</span>
                </>
              ) : (
                <>
                  <strong>{p[`${item}Open`]}</strong>
                  <br />
                  <label>
                    <input
                      type="checkbox"
                      name={`confirm-${item}`}
                      checked={confirmed.includes(item)}
                      onChange={(event) => toggle(item, event.target.checked)}
                    />{' '}
                    <span className="visually-hidden">{p[`${item}Open`]} – </span>
                    {p.confirm}
                  </label>
                </>
              )}
            </li>
          ))}
        </ul>
        <p role="status" className="error-text">
          {error}
        </p>
        <p>
          <button type="button" className="btn" disabled={pending} onClick={publish}>
            {pending ? p.pending : p.submit}
            <span className="visually-hidden">: {title}</span>
          </button>{' '}
          <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)}>
            {p.cancel}
          </button>
        </p>
      </section>
    </div>
  );
}
