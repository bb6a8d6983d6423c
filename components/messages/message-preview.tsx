import type { MessagePreview } from '@/lib/messages/actions';
import styles from './messages.module.css';

/** The rendered mail: subject, the HTML part in a fully sandboxed frame (no scripts, no navigation) and the text part. */
export function MessagePreviewPanel({ preview }: { preview: MessagePreview }) {
  return (
    <section aria-labelledby="preview-heading" className={`stack ${styles.preview}`}>
      <h2 id="preview-heading" tabIndex={-1}>
        Vorschau
      </h2>
      <p className="muted">
        So erhält {preview.recipientLabel} die Nachricht. Der Link zur Anmeldung ist in der Vorschau ein Platzhalter.
      </p>
      <dl className="facts">
        <div>
          <dt>Betreff</dt>
          <dd className={styles.subject}>{preview.subject}</dd>
        </div>
      </dl>
      <h3>HTML-Fassung</h3>
      <iframe className={styles.frame} title="Vorschau der E-Mail (HTML-Fassung)" sandbox="" srcDoc={preview.html} />
      <h3>Textfassung</h3>
      <pre className={styles.plain}>{preview.text}</pre>
    </section>
  );
}
