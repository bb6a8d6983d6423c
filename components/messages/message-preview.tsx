import { FillContent } from '@/components/dashboard/fill-content';
import { contentLang, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { MessagePreview } from '@/lib/messages/actions';
import styles from './messages.module.css';

interface Props {
  preview: MessagePreview;
  t: Dictionary['dashboard']['compose'];
  locale: Locale;
}

/**
 * The rendered mail: subject, the HTML part in a fully sandboxed frame (no scripts, no navigation) and the text part.
 * The mail is in the recipient's language, which need not be the reader's.
 */
export function MessagePreviewPanel({ preview, t, locale }: Props) {
  return (
    <section aria-labelledby="preview-heading" className={`stack ${styles.preview}`}>
      <h2 id="preview-heading" tabIndex={-1}>
        {t.preview}
      </h2>
      <p className="muted">
        <FillContent
          template={t.previewIntro}
          values={{ name: preview.recipientName, who: preview.sample ? t.previewSample : t.previewFirst }}
          german={['name']}
          lang={contentLang(locale)}
        />
      </p>
      <dl className="facts">
        <div>
          <dt>{t.previewSubject}</dt>
          <dd className={styles.subject} lang={preview.lang}>
            {preview.subject}
          </dd>
        </div>
      </dl>
      <h3>{t.previewHtml}</h3>
      <iframe className={styles.frame} title={t.previewFrame} sandbox="" srcDoc={preview.html} />
      <h3>{t.previewText}</h3>
      <pre className={styles.plain} lang={preview.lang}>
        {preview.text}
      </pre>
    </section>
  );
}
