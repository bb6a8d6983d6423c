import { formatDateTime } from '@/lib/format';
import { fill, type Locale, toLocale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { answerOf, formatAnswer } from '@/lib/questions/format';
import { type QuestionDefinition, questionLabel } from '@/lib/questions/schema';
import { formatTicketCode } from '@/lib/registrations/ticket-code';

// `lang` marks what people typed (German as far as we know) on a page in another language.
type Row = [label: string, value: string | null | undefined, lang?: 'de'];

function Facts({ rows }: { rows: Row[] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value, lang]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd lang={value ? lang : undefined}>{value || <span className="muted">–</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface RegistrationDetailData {
  status: string;
  salutation: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  position: string | null;
  sector: string | null;
  state: string | null;
  locale: string;
  source: string;
  ticketCode: string;
  answers: unknown;
  privacyConsentVersion: string;
  privacyConsentAt: Date;
  newsletterRequestedAt: Date | null;
  newsletterConfirmedAt: Date | null;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  promotedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** All stored data of one registration for organizers: person, registration, answers, consents. */
export function RegistrationDetail({
  r,
  questions,
  t,
  locale,
}: {
  r: RegistrationDetailData;
  questions: (QuestionDefinition & { archived: boolean })[];
  t: Dictionary['dashboard']['registration'];
  locale: Locale;
}) {
  const at = (d: Date | null) => (d ? formatDateTime(d, locale) : null);
  const typed = locale === 'de' ? undefined : 'de';
  const status = r.status as 'confirmed' | 'waitlisted' | 'cancelled';
  const answered = questions.filter((q) => !q.archived || answerOf(r.answers, q.id) !== undefined);
  return (
    <div className="stack">
      <section aria-labelledby="person">
        <h2 id="person">{t.person}</h2>
        <Facts
          rows={[
            [t.salutation, r.salutation, typed],
            [t.academicTitle, r.title, typed],
            [t.firstName, r.firstName, typed],
            [t.lastName, r.lastName, typed],
            [t.email, r.email],
            [t.organization, r.organization, typed],
            [t.position, r.position, typed],
            [t.sector, r.sector, typed],
            [t.state, r.state, typed],
            [t.language, t[`language.${toLocale(r.locale)}`]],
          ]}
        />
      </section>
      <section aria-labelledby="registration">
        <h2 id="registration">{t.registration}</h2>
        <Facts
          rows={[
            [t.status, t[`status.${status}`] ?? r.status],
            [t.registeredAt, at(r.createdAt)],
            [t.via, r.source === 'api' ? t.viaApi : t.viaForm],
            [t.promotedAt, at(r.promotedAt)],
            [t.cancelledAt, at(r.cancelledAt)],
            [
              t.cancelledBy,
              r.cancelledBy === 'attendee'
                ? t.cancelledBySelf
                : r.cancelledBy === 'substitute'
                  ? t.cancelledBySubstitute
                  : r.cancelledBy,
            ],
            [t.checkedIn, r.checkedInAt ? `${at(r.checkedInAt)}${r.checkedInBy ? ` (${r.checkedInBy})` : ''}` : null],
            [t.ticketCode, formatTicketCode(r.ticketCode)],
            [t.updatedAt, at(r.updatedAt)],
          ]}
        />
      </section>
      <section aria-labelledby="answers">
        <h2 id="answers">{t.answers}</h2>
        {answered.length === 0 ? (
          <p className="muted">{t.noQuestions}</p>
        ) : (
          <Facts
            rows={answered.map(
              (q): Row => [
                q.archived ? fill(t.archived, { label: questionLabel(q, locale) }) : questionLabel(q, locale),
                formatAnswer(q, answerOf(r.answers, q.id), locale),
                q.type === 'text' || q.type === 'longText' ? typed : undefined,
              ],
            )}
          />
        )}
      </section>
      <section aria-labelledby="consents">
        <h2 id="consents">{t.consents}</h2>
        <Facts
          rows={[
            [
              t.privacy,
              fill(t.privacyGiven, {
                date: formatDateTime(r.privacyConsentAt, locale),
                version: r.privacyConsentVersion,
              }),
            ],
            [t.newsletterRequested, at(r.newsletterRequestedAt)],
            [t.newsletterConfirmed, at(r.newsletterConfirmedAt)],
          ]}
        />
      </section>
    </div>
  );
}
