'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { type Path, useForm } from 'react-hook-form';
import { ErrorSummary } from '@/components/registrations/error-summary';
import { type ErrorTree, summaryItems } from '@/components/registrations/error-summary-items';
import { errorText } from '@/components/registrations/field-errors';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { SALUTATIONS } from '@/lib/registrations/schema';
import { substituteAction, substituteByOrganizerAction } from '@/lib/registrations/substitution-actions';
import {
  type SubstitutionFormValues,
  type SubstitutionInput,
  substitutionSchema,
} from '@/lib/registrations/substitution-schema';
import { SUBSTITUTE_FIELDS, SubstituteFields } from './substitute-fields';

/** Who hands over: the holder through the manage link, or an organizer from the registration's dashboard page. */
export type HandoverTarget =
  | { kind: 'holder'; token: string }
  | { kind: 'organizer'; slug: string; registrationId: string };

interface Props {
  target: HandoverTarget;
  locale: Locale;
  t: Dictionary['substitution']['manage'];
  salutationLabels: Record<(typeof SALUTATIONS)[number], string>;
}

const EMPTY: SubstitutionFormValues = {
  salutation: '',
  title: '',
  firstName: '',
  lastName: '',
  email: '',
  organization: '',
  position: '',
  informed: false as unknown as true,
};

/** Two steps: the substitute's details, then a confirmation that says what happens; only the second acts. */
export function SubstituteHandover({ target, locale, t, salutationLabels }: Props) {
  const router = useRouter();
  const idPrefix = target.kind === 'holder' ? 'vertretung' : 'orga-vertretung';
  const form = useForm<SubstitutionFormValues, unknown, SubstitutionInput>({
    resolver: zodResolver(substitutionSchema),
    defaultValues: EMPTY,
    shouldFocusError: false,
  });
  const [pending, setPending] = useState<SubstitutionInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields = SUBSTITUTE_FIELDS.map((name) => ({
    name,
    targetId: `${idPrefix}-${name}`,
    label: name === 'title' ? t.personTitle : t[name],
  }));
  const summary = summaryItems(form.formState.errors as ErrorTree, fields, (m) => errorText(m, locale));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  // Focus follows the step, so keyboard and screen-reader users land on the question.
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const review = form.handleSubmit((values) => {
    setError(null);
    setPending(values);
  }, focusSummary);

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    setError(null);
    try {
      const values = { ...pending, informed: true as const };
      const result =
        target.kind === 'holder'
          ? await substituteAction(target.token, values)
          : await substituteByOrganizerAction(target.slug, target.registrationId, values);
      if (result.ok) {
        // The holder's result page is the old manage link itself, which from now on tells that the place was handed
        // over; the organizer's is the substitute's new registration, which names whose place it took.
        if (target.kind === 'holder') router.push(`/manage/${target.token}?uebergeben=1`);
        else if ('id' in result.data) router.push(`/dashboard/events/${target.slug}/registrations/${result.data.id}`);
        router.refresh();
        return;
      }
      const fieldErrors = SUBSTITUTE_FIELDS.filter((f) => result.fieldErrors?.[f]);
      if (fieldErrors.length > 0) {
        for (const f of fieldErrors) {
          form.setError(f as Path<SubstitutionFormValues>, { type: 'server', message: result.fieldErrors![f] });
        }
        setPending(null);
        focusSummary();
        return;
      }
      setError(result.formError ?? t.unexpected);
    } catch {
      setError(t.unexpected);
    } finally {
      setBusy(false);
    }
  }

  if (pending) {
    const name = [pending.title, pending.firstName, pending.lastName].filter(Boolean).join(' ');
    return (
      <div
        ref={confirmRef}
        tabIndex={-1}
        role="group"
        aria-labelledby={`${idPrefix}-confirm-heading`}
        className="alert alert-warning stack"
      >
        <h3 id={`${idPrefix}-confirm-heading`}>{t.confirmHeading}</h3>
        <p>
          <strong>{fill(t.confirmTo, { name, email: pending.email })}</strong>
        </p>
        <ul>
          {Object.entries(t.confirmPoints).map(([key, point]) => (
            <li key={key}>{point}</li>
          ))}
        </ul>
        <div aria-live="polite">
          {error ? (
            <div className="alert alert-error" role="alert">
              <p>{error}</p>
            </div>
          ) : null}
        </div>
        <p>
          <button type="button" className="btn" onClick={confirm} disabled={busy}>
            {busy ? t.confirming : t.confirm}
          </button>{' '}
          <button type="button" className="btn btn-secondary" onClick={() => setPending(null)} disabled={busy}>
            {t.back}
          </button>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={review} noValidate aria-label={t.heading} className="stack">
      <ErrorSummary ref={summaryRef} locale={locale} items={summary} />
      <SubstituteFields form={form} idPrefix={idPrefix} locale={locale} t={t} salutationLabels={salutationLabels} />
      <p>
        <button type="submit" className="btn btn-secondary">
          {t.next}
        </button>
      </p>
    </form>
  );
}
