import manage from '@/components/manage/manage.module.css';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/**
 * The attendee's certificate download on the manage page, shown after the event to eligible people. No `download`
 * attribute: the PDF arrives as an attachment anyway, and a refusal is then shown as a page instead of saved as a file.
 */
export function ManageCertificate({ href, t }: { href: string; t: Dictionary['certificates']['delivery'] }) {
  return (
    <section aria-labelledby="certificate-heading" className="card stack">
      <h2 id="certificate-heading">{t.manageHeading}</h2>
      <p>{t.manageText}</p>
      <ul className={manage.links}>
        <li>
          <a className="btn" href={href}>
            {t.manageDownload}
          </a>
        </li>
      </ul>
    </section>
  );
}
