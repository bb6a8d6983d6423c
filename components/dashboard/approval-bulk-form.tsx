'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useId, useRef, useState, useTransition } from 'react';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { decideRegistrationsAction } from '@/lib/registrations/approval-actions';
import styles from './dashboard.module.css';
import { decisionSummary } from './decision-summary';

type Message = { kind: 'success' | 'error'; text: string } | null;
type Decision = 'approve' | 'reject';

interface Props {
  slug: string;
  /** The id the table's checkboxes name in their form attribute. */
  formId: string;
  t: Dictionary['approval']['list'];
}

/**
 * "Auswahl bestätigen" / "Auswahl ablehnen" for the rows ticked in the table above, with an optional message. The
 * result ("12 bestätigt, 3 auf die Warteliste, 1 bereits entschieden") is announced in a live region that takes
 * the focus; the list then reloads.
 */
export function ApprovalBulkForm({ slug, formId, t }: Props) {
  const router = useRouter();
  const noteId = useId();
  const [count, setCount] = useState(0);
  const [total, setTotal] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const boxes = () =>
    [...(formRef.current?.elements ?? [])].filter(
      (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.name === 'registrationIds',
    );

  useEffect(() => {
    // The checkboxes live in the table (form="…"); a change anywhere updates the count.
    const update = () => {
      setCount(boxes().filter((b) => b.checked).length);
      setTotal(boxes().length);
    };
    document.addEventListener('change', update);
    update();
    return () => document.removeEventListener('change', update);
  });

  function show(next: Message) {
    setMessage(next);
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  function selectAll(on: boolean) {
    for (const box of boxes()) box.checked = on;
    setCount(on ? boxes().length : 0);
  }

  function decide(decision: Decision, event: FormEvent) {
    event.preventDefault();
    const form = formRef.current;
    if (!form) return;
    const ids = boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    if (ids.length === 0) return show({ kind: 'error', text: t.noneSelected });
    if (decision === 'reject' && !window.confirm(fill(t.rejectConfirm, { n: ids.length }))) return;
    const note = String(new FormData(form).get('note') ?? '');
    start(async () => {
      const result = await decideRegistrationsAction(slug, { registrationIds: ids, decision, note }).catch(() => null);
      if (!result?.ok) return show({ kind: 'error', text: result?.fieldErrors?.note ?? result?.formError ?? t.failed });
      show({ kind: 'success', text: decisionSummary(result.data, t) });
      form.reset();
      router.refresh();
    });
  }

  return (
    <form id={formId} ref={formRef} className="card stack" onSubmit={(e) => decide('approve', e)} noValidate>
      <fieldset className="stack">
        <legend>{t.bulkLegend}</legend>
        <p className="muted">{t.pendingHint}</p>
        <p>
          <label className="checkbox">
            <input
              type="checkbox"
              onChange={(e) => selectAll(e.target.checked)}
              checked={count > 0 && count === total}
            />{' '}
            {t.selectAll}
          </label>
        </p>
        <p aria-live="polite">{fill(t.selected, { n: count })}</p>
        <div className="field">
          <label htmlFor={noteId}>{t.note}</label>
          <p id={`${noteId}-hint`} className="hint">
            {t.noteHint}
          </p>
          <textarea
            id={noteId}
            name="note"
            className="input"
            rows={3}
            maxLength={2000}
            aria-describedby={`${noteId}-hint`}
          />
        </div>
        <div className={styles.decisionButtons}>
          <button type="submit" className="btn" disabled={pending}>
            {pending ? t.working : t.approveSelected}
          </button>
          <button type="button" className="btn btn-secondary" disabled={pending} onClick={(e) => decide('reject', e)}>
            {t.rejectSelected}
          </button>
        </div>
      </fieldset>
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message ? (
          <div className={`alert alert-${message.kind}`} role={message.kind === 'error' ? 'alert' : undefined}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
