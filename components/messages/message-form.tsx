'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/ui/form-field';
import { errorText } from '@/lib/edge/field-errors';
import type { ActionResult, Failure } from '@/lib/edge/result';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import {
  type MessagePreview,
  previewMessageAction,
  sendMessageAction,
  sendTestMessageAction,
} from '@/lib/messages/actions';
import { messageSchema, type MessageFormValues, type MessageInput } from '@/lib/messages/schema';
import { AudienceField, BodyField, SalutationField } from './compose-fields';
import { personsIn } from './delivery-status';
import { MessagePreviewPanel } from './message-preview';
import styles from './messages.module.css';
import { SendConfirmation } from './send-confirmation';

interface Props {
  slug: string;
  counts: Record<MessageAudience, number>;
  actorEmail: string;
  t: Dictionary['dashboard']['compose'];
  /** Audience labels and "n people". */
  labels: Dictionary['dashboard']['messages'];
  locale: Locale;
}

type Pending = 'preview' | 'test' | 'send' | null;
type Notice = { kind: 'success' | 'error'; text: string };

const FIELDS = ['audience', 'salutation', 'subject', 'body'] as const;

/** Write, preview, test and send an organizer message; the audience select shows how many people each option reaches. */
export function MessageForm({ slug, counts, actorEmail, t, labels, locale }: Props) {
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
  const recipients = personsIn(count, labels, locale);
  const fieldProps = { register, errors, t, locale };

  function showNotice(next: Notice) {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  // Server-side refusals land where client-side ones do: on the field, or in the live region.
  function applyFailure(result: Failure) {
    const fields = FIELDS.filter((f) => result.fieldErrors?.[f]);
    for (const field of fields) setError(field, { type: 'server', message: result.fieldErrors![field] });
    if (fields[0]) setFocus(fields[0]);
    if (result.formError || !fields.length) showNotice({ kind: 'error', text: result.formError ?? t.unexpected });
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
      showNotice({ kind: 'error', text: t.unexpected });
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
        showNotice({ kind: 'success', text: fill(t.testQueued, { email: data.to }) });
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
          text: fill(t.sendQueued, { recipients: personsIn(data.recipientCount, labels, locale) }),
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
      <AudienceField {...fieldProps} labels={labels} counts={counts} onChange={() => setConfirming(false)} />
      <TextField
        id="subject"
        label={t.subject}
        required
        registration={register('subject')}
        error={errorText(errors.subject?.message, locale)}
        hint={t.subjectHint}
      />
      <SalutationField {...fieldProps} />
      <BodyField {...fieldProps} length={bodyLength} />
      <div className={styles.buttons}>
        <button type="button" className="btn btn-secondary" onClick={() => void onPreview()} disabled={busy}>
          {t.preview}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => void onTest()}
          disabled={busy}
          aria-describedby="test-hint"
        >
          {t.test}
        </button>
        <button ref={sendRef} type="submit" className="btn" disabled={busy || count === 0 || confirming}>
          {fill(t.send, { recipients })}
        </button>
      </div>
      <p id="test-hint" className="hint">
        {fill(t.testHint, { email: actorEmail })}
      </p>
      {count === 0 ? <p className="alert alert-info">{t.nobody}</p> : null}
      <p aria-live="polite" className="muted">
        {pending ? t[`progress.${pending}`] : ''}
      </p>
      {confirming ? (
        <SendConfirmation
          t={t}
          audienceLabel={labels[`audience.${audience}`]}
          recipients={recipients}
          pending={pending === 'send'}
          onConfirm={() => void onConfirmSend()}
          onCancel={() => {
            setConfirming(false);
            // Back to where the person started the confirmation, not to the top of the page.
            requestAnimationFrame(() => sendRef.current?.focus());
          }}
        />
      ) : null}
      {preview ? <MessagePreviewPanel preview={preview} t={t} locale={locale} /> : null}
    </form>
  );
}
