import Link from 'next/link';
import { SEARCH_MAX_LENGTH, type AttendeeFilters } from '@/lib/attendees/filters';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { SECTORS, STATES } from '@/lib/registrations/schema';
import styles from './dashboard.module.css';

type ChoiceQuestion = Pick<QuestionDefinition, 'id' | 'labelDe' | 'type' | 'options'>;

const STATUS_OPTIONS = [
  ['confirmed', 'Bestätigt'],
  ['waitlisted', 'Warteliste'],
  ['cancelled', 'Storniert'],
] as const;
const GUEST_OPTIONS = [
  ['attendee', 'Anmeldung'],
  ['guest', 'Gast'],
  ['speaker', 'Referent/in'],
  ['walk_in', 'Vor Ort'],
] as const;
const SORT_OPTIONS = [
  ['name', 'Name'],
  ['organization', 'Organisation'],
  ['registered', 'Anmeldedatum'],
  ['status', 'Status'],
] as const;

function Select({
  id,
  label,
  name,
  value,
  options,
  empty = 'Alle',
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
  empty?: string | null;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="input" defaultValue={value ?? ''}>
        {empty !== null && <option value="">{empty}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

const choiceOptions = (q: ChoiceQuestion): [string, string][] =>
  q.type === 'checkbox'
    ? [
        ['true', 'ja'],
        ['false', 'nein'],
      ]
    : q.options.map((o) => [o.value, o.de]);

/** Search, filters and sorting as a plain GET form, so they work without JavaScript and land in the URL. */
export function AttendeeFilterForm({
  slug,
  filters,
  questions,
}: {
  slug: string;
  filters: AttendeeFilters;
  questions: ChoiceQuestion[];
}) {
  const choices = questions.filter((q) => ['singleChoice', 'multipleChoice', 'checkbox'].includes(q.type));
  const pairs = (values: readonly string[]) => values.map((v) => [v, v] as const);
  return (
    <form
      role="search"
      method="get"
      action={`/dashboard/events/${slug}`}
      aria-label="Teilnehmende filtern"
      className="stack"
    >
      <div className={styles.filters}>
        <div className="field">
          <label htmlFor="attendee-search">Suche</label>
          <input
            id="attendee-search"
            className="input"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby="attendee-search-hint"
          />
          <span id="attendee-search-hint" className="hint">
            Name, Organisation oder E-Mail
          </span>
        </div>
        <Select id="filter-status" label="Status" name="status" value={filters.status} options={STATUS_OPTIONS} />
        <Select id="filter-sector" label="Bereich" name="sector" value={filters.sector} options={pairs(SECTORS)} />
        <Select id="filter-state" label="Bundesland" name="state" value={filters.state} options={pairs(STATES)} />
        <Select
          id="filter-checked-in"
          label="Eingecheckt"
          name="checkedIn"
          value={filters.checkedIn}
          options={[
            ['yes', 'Ja'],
            ['no', 'Nein'],
          ]}
        />
        <Select id="filter-guest-type" label="Art" name="guestType" value={filters.guestType} options={GUEST_OPTIONS} />
        {choices.map((q) => (
          <Select
            key={q.id}
            id={`filter-a-${q.id}`}
            label={q.labelDe}
            name={`a.${q.id}`}
            value={filters.answers[q.id]}
            options={choiceOptions(q)}
          />
        ))}
        <Select
          id="filter-sort"
          label="Sortieren nach"
          name="sort"
          value={filters.sort}
          options={SORT_OPTIONS}
          empty={null}
        />
        <Select
          id="filter-dir"
          label="Reihenfolge"
          name="dir"
          value={filters.dir}
          options={[
            ['asc', 'aufsteigend'],
            ['desc', 'absteigend'],
          ]}
          empty={null}
        />
      </div>
      <div className={styles.filterActions}>
        <button type="submit" className="btn">
          Suchen und filtern
        </button>
        <Link href={`/dashboard/events/${slug}`} className="btn btn-secondary">
          Filter zurücksetzen
        </Link>
      </div>
    </form>
  );
}
