'use client';

import { useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { saveMailTextAction } from '@/lib/mail-texts/actions';
import type { PlaceholderValues } from '@/lib/mail-texts/placeholders';
import { MAIL_TEXT_KINDS, type MailTextKind } from '@/lib/mail-texts/schema';
import { MailTextPreview } from './mail-text-preview';

type Text = { subject: string; body: string };
export type MailTextKey = `${MailTextKind}.${Locale}`;

interface Props {
  eventId: string;
  t: Dictionary['mail']['editor'];
  /** Saved overrides and the dictionaries' defaults, per mail and language. */
  saved: Record<MailTextKey, Text>;
  defaults: Record<MailTextKey, Text>;
  /** Sample person and event per language, and the salutation line it gets. */
  samples: Record<Locale, { values: PlaceholderValues; salutation: string }>;
}

/** Edit subject and body of one mail per language, with a live preview; empty fields mean the default text. */
export function MailTextEditor({ eventId, t, saved, defaults, samples }: Props) {
  const [kind, setKind] = useState<MailTextKind>('confirmation');
  const [lang, setLang] = useState<Locale>('de');
  const [drafts, setDrafts] = useState(saved);
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const key: MailTextKey = `${kind}.${lang}`;
  const draft = drafts[key];
  const update = (patch: Partial<Text>) => setDrafts((d) => ({ ...d, [key]: { ...d[key], ...patch } }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    setErrors({});
    try {
      const result = await saveMailTextAction(eventId, { kind, locale: lang, ...draft });
      if (result.ok) setNotice({ kind: 'success', text: result.data.outcome === 'reset' ? t.reset : t.saved });
      else {
        setErrors({ subject: result.fieldErrors?.subject, body: result.fieldErrors?.body });
        if (result.formError || !result.fieldErrors)
          setNotice({ kind: 'error', text: result.formError ?? t.unexpected });
      }
    } catch {
      setNotice({ kind: 'error', text: t.unexpected });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => noticeRef.current?.focus());
    }
  }

  const described = (id: string, error?: string) => (error ? `${id}-hint ${id}-error` : `${id}-hint`);
  return (
    <div className="stack">
      <form onSubmit={save} noValidate className="stack">
        <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
          {notice ? <p className={`alert alert-${notice.kind}`}>{notice.text}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="mail-kind">{t.kind}</label>
          <select
            id="mail-kind"
            className="select"
            value={kind}
            onChange={(e) => setKind(e.target.value as MailTextKind)}
          >
            {MAIL_TEXT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t.language}</legend>
          {(['de', 'en'] as const).map((l) => (
            <div className="checkbox" key={l}>
              <input
                id={`mail-lang-${l}`}
                type="radio"
                name="mail-lang"
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              <label htmlFor={`mail-lang-${l}`}>{t.languages[l]}</label>
            </div>
          ))}
        </fieldset>
        <p id="mail-placeholders" className="hint">
          {t.placeholders}
        </p>
        <div className="field">
          <label htmlFor="mail-subject">{t.subject}</label>
          <p id="mail-subject-hint" className="hint">
            {t.defaultText} {defaults[key].subject}
          </p>
          <input
            id="mail-subject"
            className="input"
            value={draft.subject}
            placeholder={defaults[key].subject}
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={described('mail-subject', errors.subject)}
            onChange={(e) => update({ subject: e.target.value })}
          />
          <p id="mail-subject-error" className="error-text" aria-live="polite">
            {errors.subject}
          </p>
        </div>
        <div className="field">
          <label htmlFor="mail-body">{t.body}</label>
          <p id="mail-body-hint" className="hint">
            {t.bodyHint}
          </p>
          <textarea
            id="mail-body"
            className="textarea"
            rows={8}
            value={draft.body}
            placeholder={defaults[key].body}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={described('mail-body', errors.body)}
            onChange={(e) => update({ body: e.target.value })}
          />
          <p id="mail-body-error" className="error-text" aria-live="polite">
            {errors.body}
          </p>
        </div>
        <p>
          <button type="submit" className="btn" disabled={busy}>
            {busy ? t.saving : t.save}
          </button>
        </p>
      </form>
      <MailTextPreview
        heading={t.preview}
        subjectLabel={t.previewSubject}
        subject={draft.subject || defaults[key].subject}
        body={draft.body || defaults[key].body}
        salutation={samples[lang].salutation}
        values={samples[lang].values}
      />
    </div>
  );
}
