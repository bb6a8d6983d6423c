import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DevMailFrame, mailFrameStyle, mailTextStyle } from '@/components/dev-mail/dev-mail-frame';
import { formatBytes } from '@/lib/dev-mail/content';
import { inlineCidImages, previewAttachments } from '@/lib/mail/preview-view';
import { findMailPreview } from '@/lib/mail/previews';
import { env } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Mail-Vorlage', robots: { index: false } };
export const dynamic = 'force-dynamic';

// Public on purpose: the local mail view, shown only when env.mailViewEnabled (no SMTP_URL, local install).
export default async function MailPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  if (!env.mailViewEnabled) notFound();
  const { id } = await params;
  const preview = findMailPreview(id);
  if (!preview) notFound();
  const mail = await preview.compose();
  const attachments = previewAttachments(mail);

  return (
    <DevMailFrame
      trail={
        <>
          <Link href="/dev/mail">Lokale Mail-Ansicht</Link> · <Link href="/dev/mail/previews">Mail-Vorlagen</Link>
        </>
      }
    >
      <h1>{preview.label}</h1>
      <dl className="card">
        <dt>
          <strong>Betreff</strong>
        </dt>
        <dd>{mail.subject}</dd>
      </dl>

      <section aria-labelledby="html-heading" className="stack">
        <h2 id="html-heading">HTML-Fassung</h2>
        <p className="hint">
          Abgeschottet dargestellt: Skripte und Links sind darin abgeschaltet. Eingebettete Bilder sind für die Vorschau
          direkt eingesetzt.
        </p>
        <iframe
          title={`HTML-Ansicht: ${preview.label}`}
          sandbox=""
          srcDoc={inlineCidImages(mail)}
          style={mailFrameStyle}
        />
      </section>

      <section aria-labelledby="text-heading" className="stack">
        <h2 id="text-heading">Textfassung</h2>
        <pre className="card" style={mailTextStyle}>
          {mail.text}
        </pre>
      </section>

      <section aria-labelledby="attachments-heading" className="stack">
        <h2 id="attachments-heading">Anhänge</h2>
        {attachments.length === 0 ? (
          <p className="muted">Keine Anhänge.</p>
        ) : (
          <ul>
            {attachments.map((a, i) => (
              <li key={i}>
                {a.filename}{' '}
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
