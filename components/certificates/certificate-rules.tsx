import type { Dictionary } from '@/lib/i18n/dictionaries';

/**
 * Who earns a certificate (on site; online where the event offers it) and how "sessions attended" counts hours: the
 * rules of lib/certificates.
 */
export function CertificateRules({ t, online }: { t: Dictionary['sessionAdmin']['certificate']; online: boolean }) {
  return (
    <section aria-labelledby="certificate-rules-heading" className="card">
      <h3 id="certificate-rules-heading">{t.rulesHeading}</h3>
      <ul>
        <li>{t.ruleOnsite}</li>
        {online ? <li>{t.ruleOnline}</li> : null}
      </ul>
      <p>{t.hoursRule}</p>
    </section>
  );
}
