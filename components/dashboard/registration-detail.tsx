import { formatDateTime } from '@/lib/format';
import { type Locale, toLocale } from '@/lib/i18n/config';
import { answerOf, formatAnswer } from '@/lib/questions/format';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { formatTicketCode } from '@/lib/registrations/ticket-code';

type Row = [label: string, value: string | null | undefined];

const STATUS: Record<string, string> = { confirmed: 'bestätigt', waitlisted: 'Warteliste', cancelled: 'storniert' };
const LANGUAGE: Record<Locale, string> = { de: 'Deutsch', en: 'Englisch' };
const at = (d: Date | null) => (d ? formatDateTime(d) : null);

function Facts({ rows }: { rows: Row[] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value || <span className="muted">–</span>}</dd>
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
}: {
  r: RegistrationDetailData;
  questions: (QuestionDefinition & { archived: boolean })[];
}) {
  const answered = questions.filter((q) => !q.archived || answerOf(r.answers, q.id) !== undefined);
  return (
    <div className="stack">
      <section aria-labelledby="person">
        <h2 id="person">Person</h2>
        <Facts
          rows={[
            ['Anrede', r.salutation],
            ['Titel', r.title],
            ['Vorname', r.firstName],
            ['Nachname', r.lastName],
            ['E-Mail', r.email],
            ['Organisation', r.organization],
            ['Funktion/Position', r.position],
            ['Bereich', r.sector],
            ['Bundesland', r.state],
            ['Sprache', LANGUAGE[toLocale(r.locale)]],
          ]}
        />
      </section>
      <section aria-labelledby="registration">
        <h2 id="registration">Anmeldung</h2>
        <Facts
          rows={[
            ['Status', STATUS[r.status] ?? r.status],
            ['Angemeldet am', at(r.createdAt)],
            ['Über', r.source === 'api' ? 'API' : 'Formular'],
            ['Von der Warteliste nachgerückt', at(r.promotedAt)],
            ['Storniert am', at(r.cancelledAt)],
            ['Storniert von', r.cancelledBy === 'attendee' ? 'der Person selbst' : r.cancelledBy],
            ['Eingecheckt', r.checkedInAt ? `${at(r.checkedInAt)}${r.checkedInBy ? ` (${r.checkedInBy})` : ''}` : null],
            ['Ticket-Code', formatTicketCode(r.ticketCode)],
            ['Zuletzt geändert', at(r.updatedAt)],
          ]}
        />
      </section>
      <section aria-labelledby="answers">
        <h2 id="answers">Antworten</h2>
        {answered.length === 0 ? (
          <p className="muted">Für diese Veranstaltung gibt es keine Zusatzfragen.</p>
        ) : (
          <Facts
            rows={answered.map(
              (q): Row => [
                q.archived ? `${q.labelDe} (archiviert)` : q.labelDe,
                formatAnswer(q, answerOf(r.answers, q.id)),
              ],
            )}
          />
        )}
      </section>
      <section aria-labelledby="consents">
        <h2 id="consents">Einwilligungen</h2>
        <Facts
          rows={[
            [
              'Datenschutz',
              `erteilt am ${formatDateTime(r.privacyConsentAt)} (Textversion ${r.privacyConsentVersion})`,
            ],
            ['Newsletter angefordert', at(r.newsletterRequestedAt)],
            ['Newsletter bestätigt', at(r.newsletterConfirmedAt)],
          ]}
        />
      </section>
    </div>
  );
}
