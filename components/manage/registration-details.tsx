import { formatDateTime } from '@/lib/format';
import { contentLang, fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { questionLabel } from '@/lib/questions/schema';
import type { ManagedRegistration } from '@/lib/registrations/manage-queries';
import { answerText } from './answer-text';
import styles from './manage.module.css';

interface Props {
  registration: ManagedRegistration;
  locale: Locale;
  t: Dictionary['manage'];
}

/** What is stored about the attendee: person data, answers, consent record and newsletter state. */
export function RegistrationDetails({ registration: r, locale, t }: Props) {
  const none = (v: string | null) => v || t.none;
  const rows: [string, string][] = [
    [t.salutation, none(r.salutation)],
    [t.personTitle, none(r.title)],
    [t.name, `${r.firstName} ${r.lastName}`],
    [t.email, r.email],
    [t.organization, none(r.organization)],
    [t.position, none(r.position)],
    [t.sector, none(r.sector)],
    [t.state, none(r.state)],
  ];
  const newsletter =
    r.newsletterConfirmedAt && r.newsletterRequestedAt
      ? fill(t.newsletterConfirmed, {
          requested: formatDateTime(r.newsletterRequestedAt, locale),
          confirmed: formatDateTime(r.newsletterConfirmedAt, locale),
        })
      : r.newsletterRequestedAt
        ? fill(t.newsletterRequested, { date: formatDateTime(r.newsletterRequestedAt, locale) })
        : t.newsletterNone;
  return (
    <section aria-labelledby="data-heading" className="card stack">
      <h2 id="data-heading">{t.yourData}</h2>
      <dl className={styles.facts}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.row}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.answered.length ? (
        <>
          <h3>{t.answers}</h3>
          <dl className={styles.facts}>
            {r.answered.map(({ question, value }) => (
              <div key={question.id} className={styles.row}>
                <dt lang={contentLang(locale)}>
                  {questionLabel(question, locale)}
                  {question.archived ? <span className="muted"> {t.archivedQuestion}</span> : null}
                </dt>
                <dd>{answerText(question, value, locale, t)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h3>{t.privacy}</h3>
      <p>{fill(t.consent, { date: formatDateTime(r.privacyConsentAt, locale), version: r.privacyConsentVersion })}</p>
      <p>
        <strong>{t.newsletter}:</strong> {newsletter}
      </p>
    </section>
  );
}
