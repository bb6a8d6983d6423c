import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Who earns a certificate (on site, online) and how "sessions attended" counts hours; the rules of lib/certificates. */
export function CertificateRules({ t }: { t: Dictionary['sessionAdmin']['certificate'] }) {
  return (
    <section aria-labelledby="certificate-rules-heading" className="card">
      <h3 id="certificate-rules-heading">{t.rulesHeading}</h3>
      <ul>
        <li>{t.ruleOnsite}</li>
        <li>{t.ruleOnline}</li>
      </ul>
      <p>{t.hoursRule}</p>
    </section>
  );
}
