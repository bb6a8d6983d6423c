import factStyles from '@/components/ui/fact-list.module.css';
import { Alert } from '@/components/ui/alert';
import { formatCertificateDates, formatCertificateHours } from '@/lib/certificates/format';
import type { CertificateVerification as Verification } from '@/lib/certificates/verification';
import { formatDayMonthYear } from '@/lib/format';
import { fill, type Locale, toLocale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './certificate-verification.module.css';

type Props = {
  result: Exclude<Verification, { state: 'unknown' }>;
  locale: Locale;
  /** The raw Ed25519 public key (base64url), shown with the signed data for offline checks. */
  publicKey: string;
  t: Dictionary['certificates']['document']['verify'];
};

/** What the public verify page says about one certificate: its state first, then the certified facts. */
export function CertificateVerification({ result, locale, publicKey, t }: Props) {
  // The facts were frozen in the certificate's language; mark them when the page is in another.
  const factsLang = toLocale(result.locale) === locale ? undefined : result.locale;
  const hours = fill(t.hoursValue, { stunden: formatCertificateHours(result.minutes, locale) });
  return (
    <div className="stack">
      <h1>{fill(t.heading, { id: result.id })}</h1>
      {result.state === 'valid' && (
        <Alert kind="success">
          <p>{t.valid}</p>
        </Alert>
      )}
      {result.state === 'revoked' && (
        <Alert kind="error">
          <p>{fill(t.revoked, { datum: formatDayMonthYear(result.revokedAt, locale) })}</p>
        </Alert>
      )}
      {result.state === 'anonymised' && (
        <Alert kind="info">
          <p>{t.anonymised}</p>
        </Alert>
      )}
      <dl className={factStyles.facts}>
        {result.state !== 'anonymised' && (
          <>
            <dt>{t.holder}</dt>
            <dd lang={factsLang}>{result.holderName}</dd>
          </>
        )}
        <dt>{t.event}</dt>
        <dd lang={factsLang}>{result.eventTitle}</dd>
        <dt>{t.date}</dt>
        <dd>{formatCertificateDates(result.eventStartsAt, result.eventEndsAt, locale)}</dd>
        <dt>{t.hours}</dt>
        <dd>{hours}</dd>
        {result.sessions.length > 0 && (
          <>
            <dt>{t.sessions}</dt>
            <dd lang={factsLang}>
              <ul>
                {result.sessions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t.issuedAt}</dt>
        <dd>{formatDayMonthYear(result.issuedAt, locale)}</dd>
      </dl>
      {result.state === 'valid' && (
        <details>
          <summary>{t.offline}</summary>
          <div className="stack">
            <p>
              {t.offlineText} <a href="/verify/public-key.pem">{t.publicKey}</a>
            </p>
            <p>
              <strong>{t.payload}</strong>
            </p>
            <pre className={styles.code} lang={factsLang}>
              {result.payload}
            </pre>
            <p>
              <strong>{t.signature}</strong> (base64url)
            </p>
            <pre className={styles.code}>{result.signature}</pre>
            <p>
              <strong>{t.publicKeyRaw}</strong>
            </p>
            <pre className={styles.code}>{publicKey}</pre>
          </div>
        </details>
      )}
    </div>
  );
}
