import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DevMailFrame, mailFrameStyle, mailTextStyle } from '@/components/dev-mail/dev-mail-frame';
import { formatBytes, linkifyText } from '@/lib/dev-mail/content';
import { getCapturedMail } from '@/lib/dev-mail/queries';
import { formatShortDate, formatTime } from '@/lib/format';
import { env } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Erfasste E-Mail', robots: { index: false } };
export const dynamic = 'force-dynamic';

// Public on purpose: the local mail view, shown only when env.mailViewEnabled (no SMTP_URL, local install).
export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!env.mailViewEnabled) notFound();
  const { id } = await params;
  const mail = await getCapturedMail(id);
  if (!mail) notFound();
  const date = mail.date ?? mail.capturedAt;

  return (
    <DevMailFrame trail={<Link href="/dev/mail">Lokale Mail-Ansicht</Link>}>
      <h1>{mail.subject || '(ohne Betreff)'}</h1>
      <dl className="card">
        <dt>
          <strong>Von</strong>
        </dt>
        <dd>{mail.from}</dd>
        <dt>
          <strong>An</strong>
        </dt>
        <dd>{mail.to}</dd>
        <dt>
          <strong>Betreff</strong>
        </dt>
        <dd>{mail.subject}</dd>
        <dt>
          <strong>Datum</strong>
        </dt>
        <dd>
          <time dateTime={date.toISOString()}>
            {formatShortDate(date)}, {formatTime(date)} Uhr
          </time>
        </dd>
      </dl>

      <section aria-labelledby="text-heading" className="stack">
        <h2 id="text-heading">Textfassung</h2>
        {mail.text ? (
          <pre className="card" style={mailTextStyle}>
            {linkifyText(mail.text).map((s, i) =>
              s.type === 'link' ? (
                <a key={i} href={s.href}>
                  {s.href}
                </a>
              ) : (
                <span key={i}>{s.value}</span>
              ),
            )}
          </pre>
        ) : (
          <p className="muted">Diese E-Mail hat keine Textfassung.</p>
        )}
      </section>

      <section aria-labelledby="html-heading" className="stack">
        <h2 id="html-heading">HTML-Fassung</h2>
        {mail.html ? (
          <>
            <p className="hint">
              Abgeschottet dargestellt: Skripte und Links sind darin abgeschaltet. Links öffnen Sie über die
              Textfassung.
            </p>
            <iframe title="HTML-Ansicht" sandbox="" srcDoc={mail.html} style={mailFrameStyle} />
          </>
        ) : (
          <p className="muted">Diese E-Mail hat keine HTML-Fassung.</p>
        )}
      </section>

      <section aria-labelledby="attachments-heading" className="stack">
        <h2 id="attachments-heading">Anhänge</h2>
        {mail.attachments.length === 0 ? (
          <p className="muted">Keine Anhänge.</p>
        ) : (
          <ul>
            {mail.attachments.map((a) => (
              <li key={a.index}>
                <a href={`/dev/mail/${mail.id}/attachments/${a.index}`} download={a.filename}>
                  {a.filename}
                </a>{' '}
                <span className="muted">
                  ({a.contentType}, {formatBytes(a.size)}
                  {a.inline ? ', eingebettet' : ''})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </DevMailFrame>
  );
}
