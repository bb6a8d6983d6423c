'use client';

import { Fragment } from 'react';
import type { CertificatePlaceholderValues } from '@/lib/certificates/placeholders';
import { certificatePreview } from '@/lib/certificates/settings-sample';
import type { CertificateWording } from '@/lib/certificates/settings-text';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './settings-preview.module.css';

interface Props {
  t: Dictionary['certificates']['settings'];
  /** The sheet's language (its texts come from that language's dictionary). */
  locale: Locale;
  sheetText: Dictionary['certificates']['settings']['preview'];
  wording: CertificateWording;
  values: CertificatePlaceholderValues;
  sessions: string[] | null;
  signatureUrl: string | null;
  logoUrl: string | null;
  issued: string;
  verifyUrl: string;
}

/** One certificate as an HTML A4 sheet, filled like the PDF: the name once, bold where `{name}` stands. */
export function CertificateSheet({
  t,
  locale,
  sheetText,
  wording,
  values,
  sessions,
  signatureUrl,
  logoUrl,
  issued,
  verifyUrl,
}: Props) {
  const sheet = certificatePreview(wording, locale, values);
  const signatureAlt = sheet.signatoryName
    ? fill(t.signature.alt, { name: sheet.signatoryName })
    : t.signature.altNoName;
  return (
    <div className={styles.frame}>
      <article
        className={styles.sheet}
        lang={locale}
        aria-label={fill(t.preview.sheet, { language: t.preview.languages[locale] })}
        data-testid="certificate-sheet"
      >
        <div className={styles.watermark} data-text={sheetText.sample} aria-hidden="true" />
        {logoUrl ? <img className={styles.logo} src={logoUrl} alt="" /> : null}
        <p className={styles.title}>{sheet.title}</p>
        <div className={styles.body}>
          {sheet.paragraphs.map((lines, i) => (
            <p key={i}>
              {lines.map((parts, j) => (
                <Fragment key={j}>
                  {j > 0 ? <br /> : null}
                  {parts.map((part, k) =>
                    part.kind === 'name' ? (
                      <strong key={k}>{part.text}</strong>
                    ) : (
                      <Fragment key={k}>{part.text}</Fragment>
                    ),
                  )}
                </Fragment>
              ))}
            </p>
          ))}
        </div>
        {sessions ? (
          <div>
            <p>{sheetText.sessionsHeading}</p>
            <ul className={styles.sessions}>
              {sessions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className={styles.signature}>
          {signatureUrl ? <img src={signatureUrl} alt={signatureAlt} /> : null}
          <p className={styles.line}>{sheet.signatoryName || '\u00a0'}</p>
          {sheet.signatoryFunction ? <p>{sheet.signatoryFunction}</p> : null}
        </div>
        <div className={styles.footer}>
          <p>{fill(sheetText.issued, { date: issued })}</p>
          <p>{fill(sheetText.verify, { url: verifyUrl })}</p>
        </div>
      </article>
    </div>
  );
}
