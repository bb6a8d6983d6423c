'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { sendCertificatesAction } from '@/lib/certificates/delivery-actions';
import type { SendCertificatesResult } from '@/lib/certificates/delivery-schema';
import { formatNumber } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

interface Props {
  slug: string;
  toSend: number;
  t: Dictionary['certificates']['delivery'];
  locale: Locale;
}

type Notice = { kind: 'success' | 'error'; text: string };

function noticeOf(result: SendCertificatesResult, t: Props['t'], locale: Locale): Notice {
  switch (result.outcome) {
    case 'queued':
      return result.queued > 0
        ? { kind: 'success', text: fill(t.sent, { n: formatNumber(result.queued, locale) }) }
        : { kind: 'success', text: t.sentNone };
    case 'notEnded':
      return { kind: 'error', text: t.refusedNotEnded };
    case 'disabled':
      return { kind: 'error', text: t.refusedDisabled };
    case 'none':
      return { kind: 'error', text: t.refusedNone };
  }
}

/** "Send all" with a confirm step naming the number of people; the outcome is announced where the button was. */
export function SendCertificates({ slug, toSend, t, locale }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const n = formatNumber(toSend, locale);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function send() {
    setPending(true);
    const result = await sendCertificatesAction(slug, { confirmed: true });
    setPending(false);
    setConfirming(false);
    setNotice(
      result.ok ? noticeOf(result.data, t, locale) : { kind: 'error', text: result.formError ?? t.refusedNone },
    );
    router.refresh();
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => sendRef.current?.focus());
  }

  return (
    <div className="stack">
      {notice ? (
        <div
          ref={noticeRef}
          tabIndex={-1}
          className={`alert alert-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.text}</p>
        </div>
      ) : null}
      {confirming ? (
        <div className="alert alert-warning stack" role="group" aria-labelledby="confirm-certificates-text">
          <p id="confirm-certificates-text">{toSend === 1 ? t.confirmOne : fill(t.confirm, { n })}</p>
          <p>
            <button ref={confirmRef} type="button" className="btn" onClick={send} disabled={pending}>
              {pending ? t.sending : t.confirmYes}
            </button>{' '}
            <button type="button" className="btn btn-secondary" onClick={cancel} disabled={pending}>
              {t.cancel}
            </button>
          </p>
        </div>
      ) : toSend > 0 ? (
        <p>
          <button ref={sendRef} type="button" className="btn" onClick={() => setConfirming(true)}>
            {toSend === 1 ? t.sendOne : fill(t.send, { n })}
          </button>
        </p>
      ) : null}
    </div>
  );
}
