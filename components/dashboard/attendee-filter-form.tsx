import Link from 'next/link';
import { ATTENDANCE_MODES, ATTENDEE_STATUSES, SEARCH_MAX_LENGTH, type AttendeeFilters } from '@/lib/attendees/filters';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { optionLabel, type QuestionDefinition, questionLabel } from '@/lib/questions/schema';
import { SECTORS, STATES } from '@/lib/registrations/schema';
import styles from './dashboard.module.css';
import toolbar from './toolbar.module.css';

type ChoiceQuestion = Pick<QuestionDefinition, 'id' | 'labelDe' | 'labelEn' | 'type' | 'options'>;
type Option = readonly [value: string, label: string, lang?: 'de'];

function Select({
  id,
  label,
  labelLang,
  name,
  value,
  options,
  empty,
}: {
  id: string;
  label: string;
  labelLang?: 'de';
  name: string;
  value: string | undefined;
  options: readonly Option[];
  empty: string | null;
}) {
  return (
    <div className="field">
      <label htmlFor={id} lang={labelLang}>
        {label}
      </label>
      <select id={id} name={name} className="input" defaultValue={value ?? ''}>
        {empty !== null && <option value="">{empty}</option>}
        {options.map(([v, l, lang]) => (
          <option key={v} value={v} lang={lang}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

interface Props {
  slug: string;
  filters: AttendeeFilters;
  questions: ChoiceQuestion[];
  t: Dictionary['dashboard']['attendees'];
  form: Dictionary['form'];
  locale: Locale;
  /** The mode filter's texts, on events that offer online attendance (absent: no mode filter). */
  modes?: Dictionary['sessionLists']['attendees'];
}

/** Search, filters and sorting as a plain GET form, so they work without JavaScript and land in the URL. */
export function AttendeeFilterForm({ slug, filters, questions, t, form, locale, modes }: Props) {
  const choices = questions.filter((q) => ['singleChoice', 'multipleChoice', 'checkbox'].includes(q.type));
  // Without an English text, organiser content stays German and says so (lang="de").
  const content = (translated: boolean): 'de' | undefined => (locale === 'en' && !translated ? 'de' : undefined);
  const choiceOptions = (q: ChoiceQuestion): Option[] =>
    q.type === 'checkbox'
      ? [
          ['true', t.answerYes],
          ['false', t.answerNo],
        ]
      : q.options.map((o) => [o.value, optionLabel(o, locale), content(!!o.en)]);
  const all = t.all;
  return (
    <form role="search" method="get" action={`/dashboard/events/${slug}`} aria-label={t.filterLabel} className="stack">
      <div className={toolbar.filters}>
        <div className="field">
          <label htmlFor="attendee-search">{t.search}</label>
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
            {t.searchHint}
          </span>
        </div>
        <Select
          id="filter-status"
          label={t.status}
          name="status"
          value={filters.status}
          empty={all}
          options={ATTENDEE_STATUSES.map((s) => [s, t[`status.${s}`]])}
        />
        <Select
          id="filter-sector"
          label={t.sector}
          name="sector"
          value={filters.sector}
          empty={all}
          options={SECTORS.map((s) => [s, form[`sector.${s}`]])}
        />
        <Select
          id="filter-state"
          label={t.state}
          name="state"
          value={filters.state}
          empty={all}
          // The states' own (German) names, except the catch-all.
          options={STATES.map((s) => (s === 'Andere' ? [s, form['state.Andere']] : [s, s, content(false)]))}
        />
        <Select
          id="filter-checked-in"
          label={t.checkedIn}
          name="checkedIn"
          value={filters.checkedIn}
          empty={all}
          options={[
            ['yes', t.yes],
            ['no', t.no],
          ]}
        />
        <Select
          id="filter-guest-type"
          label={t.guestType}
          name="guestType"
          value={filters.guestType}
          empty={all}
          options={(['attendee', 'guest', 'speaker', 'walk_in'] as const).map((g) => [g, t[`guest.${g}`]])}
        />
        {modes && (
          <Select
            id="filter-mode"
            label={modes.filterMode}
            name="mode"
            value={filters.mode}
            empty={all}
            options={ATTENDANCE_MODES.map((m) => [m, modes[`mode.${m}`]])}
          />
        )}
        {choices.map((q) => (
          <Select
            key={q.id}
            id={`filter-a-${q.id}`}
            label={questionLabel(q, locale)}
            labelLang={content(!!q.labelEn)}
            name={`a.${q.id}`}
            value={filters.answers[q.id]}
            empty={all}
            options={choiceOptions(q)}
          />
        ))}
        <Select
          id="filter-sort"
          label={t.sort}
          name="sort"
          value={filters.sort}
          options={(['name', 'organization', 'registered', 'status'] as const).map((s) => [s, t[`sort.${s}`]])}
          empty={null}
        />
        <Select
          id="filter-dir"
          label={t.dir}
          name="dir"
          value={filters.dir}
          options={[
            ['asc', t.asc],
            ['desc', t.desc],
          ]}
          empty={null}
        />
      </div>
      <div className={styles.filterActions}>
        <button type="submit" className="btn">
          {t.apply}
        </button>
        <Link href={`/dashboard/events/${slug}`} className="btn btn-secondary">
          {t.reset}
        </Link>
      </div>
    </form>
  );
}
