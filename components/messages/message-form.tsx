'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/ui/form-field';
import { formatNumber } from '@/lib/format';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import type { ActionResult, Failure } from '@/lib/edge/result';
import {
  type MessagePreview,
  previewMessageAction,
  sendMessageAction,
  sendTestMessageAction,
} from '@/lib/messages/actions';
import {
  AUDIENCE_LABELS,
  BODY_MAX_LENGTH,
  MESSAGE_AUDIENCES,
  messageSchema,
  type MessageFormValues,
  type MessageInput,
} from '@/lib/messages/schema';
import { persons } from './delivery-status';
import { MessagePreviewPanel } from './message-preview';
import styles from './messages.module.css';
import { SendConfirmation } from './send-confirmation';

interface Props {
  slug: string;
  counts: Record<MessageAudience, number>;
  actorEmail: string;
}

type Pending = 'preview' | 'test' | 'send' | null;
type Notice = { kind: 'success' | 'error'; text: string };

const PROGRESS: Record<Exclude<Pending, null>, string> = {
  preview: 'Vorschau wird erstellt …',
  test: 'Testmail wird in die Warteschlange gestellt …',
  send: 'Nachricht wird in die Warteschlange gestellt …',
};
const UNEXPECTED = 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.';
const FIELDS = ['audience', 'salutation', 'subject', 'body'] as const;

/** Write, preview, test and send an organizer message; the audience select shows how many people each option reaches. */
export function MessageForm({ slug, counts, actorEmail }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState<MessagePreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [navigating, setNavigating] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    watch,
    formState: { errors },
  } = useForm<MessageFormValues, unknown, MessageInput>({
    resolver: zodResolver(messageSchema),
    defaultValues: { audience: 'confirmed', salutation: 'auto', subject: '', body: '' },
    shouldFocusError: true,
  });
  const audience = watch('audience') as MessageAudience;
  const bodyLength = watch('body').length;
  const count = counts[audience] ?? 0;

  function showNotice(next: Notice) {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  // Server-side refusals land where client-side ones do: on the field, or in the live region.
  function applyFailure(result: Failure) {
    const fields = FIELDS.filter((f) => result.fieldErrors?.[f]);
    for (const field of fields) setError(field, { type: 'server', message: result.fieldErrors![field] });
    if (fields[0]) setFocus(fields[0]);
    if (result.formError || !fields.length) showNotice({ kind: 'error', text: result.formError ?? UNEXPECTED });
  }

  async function perform<T>(
    kind: Exclude<Pending, null>,
    action: () => Promise<ActionResult<T>>,
    onOk: (data: T) => void,
  ) {
    setPending(kind);
    setNotice(null);
    try {
      const result = await action();
      if (result.ok) onOk(result.data);
      else applyFailure(result);
    } catch {
      showNotice({ kind: 'error', text: UNEXPECTED });
    } finally {
      setPending(null);
    }
  }

  const onPreview = handleSubmit((values) =>
    perform(
      'preview',
      () => previewMessageAction(slug, values),
      (data) => {
        setPreview(data);
        requestAnimationFrame(() => document.getElementById('preview-heading')?.focus());
      },
    ),
  );

  const onTest = handleSubmit((values) =>
    perform(
      'test',
      () => sendTestMessageAction(slug, values),
      (data) => {
        showNotice({
          kind: 'success',
          text: `Die Testmail an ${data.to} ist in der Warteschlange und kommt in Kürze an.`,
        });
      },
    ),
  );

  const onRequestSend = handleSubmit(() => setConfirming(true));

  const onConfirmSend = handleSubmit((values) =>
    perform(
      'send',
      () => sendMessageAction(slug, values),
      (data) => {
        setConfirming(false);
        setNavigating(true);
        showNotice({
          kind: 'success',
          text: `Die Nachricht ist für ${persons(data.recipientCount)} in der Warteschlange. Die Zustellung wird geöffnet …`,
        });
        router.push(`/dashboard/events/${slug}/messages/${data.id}`);
      },
    ),
  );

  const busy = pending !== null || navigating;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onRequestSend();
      }}
      className="stack"
      aria-busy={busy}
    >
      <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
        {notice ? <p className={`alert alert-${notice.kind}`}>{notice.text}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="audience">Empfängerkreis</label>
        <p id="audience-hint" className="hint">
          Stornierte Anmeldungen erhalten nie eine Nachricht. Jede Person bekommt eine eigene E-Mail.
        </p>
        <select
          id="audience"
          className="select"
          aria-invalid={errors.audience ? true : undefined}
          aria-describedby={errors.audience ? 'audience-hint audience-error' : 'audience-hint'}
          {...register('audience', { onChange: () => setConfirming(false) })}
        >
          {MESSAGE_AUDIENCES.map((a) => (
            <option key={a} value={a}>{`${AUDIENCE_LABELS[a]} (${persons(counts[a] ?? 0)})`}</option>
          ))}
        </select>
        <p id="audience-error" className="error-text" aria-live="polite">
          {errors.audience?.message}
        </p>
      </div>
      <TextField
        id="subject"
        label="Betreff"
        required
        registration={register('subject')}
        error={errors.subject?.message}
        hint="Der Name und das Datum der Veranstaltung werden automatisch angehängt."
      />
      <fieldset className="field" aria-describedby={errors.salutation ? 'salutation-error' : undefined}>
        <legend>Anrede</legend>
        <div className="checkbox">
          <input id="salutation-auto" type="radio" value="auto" {...register('salutation')} />
          <label htmlFor="salutation-auto">Automatische Anrede (Sehr geehrte Frau Dr. … / Dear Dr …)</label>
        </div>
        <div className="checkbox">
          <input id="salutation-own" type="radio" value="own" {...register('salutation')} />
          <label htmlFor="salutation-own">Eigene Anrede im Text (es wird keine Anrede vorangestellt)</label>
        </div>
        <p id="salutation-error" className="error-text" aria-live="polite">
          {errors.salutation?.message}
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor="body">
          Nachricht
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <p id="body-hint" className="hint">
          Reiner Text; eine Leerzeile beginnt einen neuen Absatz. Der Link zur Anmeldung wird ergänzt, die Anrede je
          nach Auswahl. {formatNumber(bodyLength)} von {formatNumber(BODY_MAX_LENGTH)} Zeichen.
        </p>
        <textarea
          id="body"
          className={`textarea ${styles.textarea}`}
          aria-required
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'body-hint body-error' : 'body-hint'}
          {...register('body')}
        />
        <p id="body-error" className="error-text" aria-live="polite">
          {errors.body?.message}
        </p>
      </div>
      <div className={styles.buttons}>
        <button type="button" className="btn btn-secondary" onClick={() => void onPreview()} disabled={busy}>
          Vorschau
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => void onTest()}
          disabled={busy}
          aria-describedby="test-hint"
        >
          Testmail an mich
        </button>
        <button ref={sendRef} type="submit" className="btn" disabled={busy || count === 0 || confirming}>
          An {persons(count)} senden
        </button>
      </div>
      <p id="test-hint" className="hint">
        Die Testmail geht nur an {actorEmail}, mit Beispieldaten statt einer echten Person.
      </p>
      {count === 0 ? <p className="alert alert-info">Diese Auswahl erreicht derzeit niemanden.</p> : null}
      <p aria-live="polite" className="muted">
        {pending ? PROGRESS[pending] : ''}
      </p>
      {confirming ? (
        <SendConfirmation
          audienceLabel={AUDIENCE_LABELS[audience]}
          recipients={persons(count)}
          pending={pending === 'send'}
          onConfirm={() => void onConfirmSend()}
          onCancel={() => {
            setConfirming(false);
            // Back to where the person started the confirmation, not to the top of the page.
            requestAnimationFrame(() => sendRef.current?.focus());
          }}
        />
      ) : null}
      {preview ? <MessagePreviewPanel preview={preview} /> : null}
    </form>
  );
}
