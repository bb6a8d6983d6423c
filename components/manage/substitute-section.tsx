import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './manage.module.css';
import { SubstituteHandover } from './substitute-handover';

/** The manage page's "Platz an eine Vertretung übergeben": what it does, then the two-step form. */
export function SubstituteSection({
  token,
  locale,
  dictionary,
}: {
  token: string;
  locale: Locale;
  dictionary: Dictionary;
}) {
  const t = dictionary.substitution.manage;
  return (
    <section id="vertretung" aria-labelledby="substitute-heading" className={`card stack ${styles.section}`}>
      <h2 id="substitute-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <SubstituteHandover
        target={{ kind: 'holder', token }}
        locale={locale}
        t={t}
        salutationLabels={{
          Frau: dictionary.form['salutation.Frau'],
          Herr: dictionary.form['salutation.Herr'],
          Divers: dictionary.form['salutation.Divers'],
        }}
      />
    </section>
  );
}

interface Substitute {
  title: string | null;
  firstName: string;
  lastName: string;
  email: string;
  at: Date | null;
}

/** On the substitute's manage page: whose place this is, so the ticket in their inbox makes sense. */
export function SubstituteForNotice({
  person,
  t,
}: {
  person: { title: string | null; firstName: string; lastName: string };
  t: Dictionary['substitution']['manage'];
}) {
  const name = [person.title, person.firstName, person.lastName].filter(Boolean).join(' ');
  return (
    <Alert kind="info">
      <p>{fill(t.substituteFor, { name })}</p>
    </Alert>
  );
}

/** On the old manage link after a hand-over: to whom and when, instead of the form (and right after it, the result). */
export function SubstitutionNotice({
  substitute,
  justNow,
  locale,
  t,
}: {
  substitute: Substitute;
  justNow: boolean;
  locale: Locale;
  t: Dictionary['substitution']['manage'];
}) {
  const name = [substitute.title, substitute.firstName, substitute.lastName].filter(Boolean).join(' ');
  const date = substitute.at ? formatDateTime(substitute.at, locale) : '';
  if (justNow) {
    return (
      <Alert kind="success" role="status" title={t.doneHeading}>
        <p>{fill(t.done, { name, email: substitute.email })}</p>
        <p>{t.doneOld}</p>
      </Alert>
    );
  }
  return (
    <Alert kind="info" title={t.handedOverHeading}>
      <p>{fill(t.handedOver, { name, date })}</p>
    </Alert>
  );
}
