import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { getSubstitutionState } from '@/lib/registrations/substitution-queries';
import { SubstituteHandover } from './substitute-handover';

const nameOf = (p: { title: string | null; firstName: string; lastName: string }) =>
  [p.title, p.firstName, p.lastName].filter(Boolean).join(' ');

/**
 * The registration's dashboard page: who took this place over or whose place it is, and "Vertretung eintragen"
 * with the same two steps and service as the attendee's manage page.
 */
export async function OrganizerSubstitute({
  slug,
  registrationId,
  locale,
  dictionary,
}: {
  slug: string;
  registrationId: string;
  locale: Locale;
  dictionary: Dictionary;
}) {
  const state = await getSubstitutionState(registrationId);
  if (!state) return null;
  const t = dictionary.substitution.dashboard;
  const href = (id: string) => `/dashboard/events/${slug}/registrations/${id}`;
  return (
    <>
      {state.substitute ? (
        <p>
          {t.substitutedBy}: <Link href={href(state.substitute.id)}>{nameOf(state.substitute)}</Link>
        </p>
      ) : null}
      {state.substituteFor ? (
        <p>
          {t.substituteFor}: <Link href={href(state.substituteFor.id)}>{nameOf(state.substituteFor)}</Link>
        </p>
      ) : null}
      {state.refusal ? null : (
        <details className="stack">
          <summary className="btn btn-secondary">{t.heading}</summary>
          <p>{t.intro}</p>
          <SubstituteHandover
            target={{ kind: 'organizer', slug, registrationId }}
            locale={locale}
            t={dictionary.substitution.manage}
            salutationLabels={{
              Frau: dictionary.form['salutation.Frau'],
              Herr: dictionary.form['salutation.Herr'],
              Divers: dictionary.form['salutation.Divers'],
            }}
          />
        </details>
      )}
    </>
  );
}
