import { z } from 'zod';
import { answerOf, formatAnswer } from '@/lib/questions/format';
import type { QuestionDefinition } from '@/lib/questions/schema';

export type AttendeeStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export type GuestTypeValue = 'attendee' | 'guest' | 'speaker' | 'walk_in';

/** One registration as the exports read it (keyset batches, see lib/export/rows.ts). */
export interface AttendeeExportRow {
  id: string;
  salutation: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  position: string | null;
  sector: string | null;
  state: string | null;
  status: AttendeeStatus;
  guestType: GuestTypeValue;
  overCapacity: boolean;
  createdAt: Date;
  checkedInAt: Date | null;
  ticketCode: string;
  answers: unknown;
  mode: AttendanceModeValue;
  /** The person's booked and waitlisted sessions in time order; read only when the Workshops column is chosen. */
  workshops?: ExportWorkshop[];
}

export type AttendanceModeValue = 'onsite' | 'online';

export interface ExportWorkshop {
  title: string;
  status: 'confirmed' | 'waitlisted';
}

/** A custom question as an export column. */
export type ExportQuestion = Pick<QuestionDefinition, 'id' | 'labelDe' | 'type' | 'options'> & { archived?: boolean };

/** Status labels as they appear in exports. */
export const STATUS_LABELS: Record<AttendeeStatus, string> = {
  confirmed: 'bestätigt',
  waitlisted: 'Warteliste',
  cancelled: 'storniert',
};
export const GUEST_TYPE_LABELS: Record<GuestTypeValue, string> = {
  attendee: 'Anmeldung',
  guest: 'Gast',
  speaker: 'Referent/in',
  walk_in: 'Vor Ort',
};

export const MODE_LABELS: Record<AttendanceModeValue, string> = { onsite: 'vor Ort', online: 'online' };

/** "Workshop A; Workshop B (Warteliste)": the confirmed sessions, a waitlisted one marked. */
export function workshopsText(workshops: readonly ExportWorkshop[] | undefined): string {
  return (workshops ?? []).map((w) => (w.status === 'waitlisted' ? `${w.title} (Warteliste)` : w.title)).join('; ');
}

/** A cell value with its type: XLSX keeps numbers and dates typed, CSV and JSON format them. */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: Date | null }
  | { kind: 'number'; value: number | null };

export interface ExportColumn {
  key: string;
  label: string;
  cell: (row: AttendeeExportRow) => Cell;
}

const text = (value: string | null | undefined): Cell => ({ kind: 'text', value: value ?? '' });
const date = (value: Date | null): Cell => ({ kind: 'date', value });

/** The fixed columns, in their default order. */
export const BASE_COLUMNS: readonly ExportColumn[] = [
  { key: 'salutation', label: 'Anrede', cell: (r) => text(r.salutation) },
  { key: 'title', label: 'Titel', cell: (r) => text(r.title) },
  { key: 'firstName', label: 'Vorname', cell: (r) => text(r.firstName) },
  { key: 'lastName', label: 'Nachname', cell: (r) => text(r.lastName) },
  { key: 'email', label: 'E-Mail', cell: (r) => text(r.email) },
  { key: 'organization', label: 'Organisation', cell: (r) => text(r.organization) },
  { key: 'position', label: 'Funktion/Position', cell: (r) => text(r.position) },
  { key: 'sector', label: 'Bereich', cell: (r) => text(r.sector) },
  { key: 'state', label: 'Bundesland', cell: (r) => text(r.state) },
  { key: 'status', label: 'Status', cell: (r) => text(STATUS_LABELS[r.status]) },
  { key: 'guestType', label: 'Art', cell: (r) => text(GUEST_TYPE_LABELS[r.guestType]) },
  { key: 'overCapacity', label: 'Über Kapazität', cell: (r) => text(r.overCapacity ? 'ja' : 'nein') },
  { key: 'createdAt', label: 'Angemeldet am', cell: (r) => date(r.createdAt) },
  { key: 'checkedInAt', label: 'Eingecheckt am', cell: (r) => date(r.checkedInAt) },
  { key: 'ticketCode', label: 'Ticket-Code', cell: (r) => text(r.ticketCode) },
  { key: 'mode', label: 'Teilnahme', cell: (r) => text(MODE_LABELS[r.mode]) },
  { key: 'workshops', label: 'Workshops', cell: (r) => text(workshopsText(r.workshops)) },
];

/** What an event offers beyond the plain on-site registration: its defaults then include the matching columns. */
export interface EventColumnFacts {
  /** The event offers online attendance (online or hybrid). */
  modes: boolean;
  /** The event has bookable sessions. */
  workshops: boolean;
}

const NO_FACTS: EventColumnFacts = { modes: false, workshops: false };

/** The columns selected by default: everything but the internal flags and what the event does not use. */
export function defaultColumnKeys(facts: EventColumnFacts = NO_FACTS): string[] {
  const unused = new Set(['overCapacity', ...(facts.modes ? [] : ['mode']), ...(facts.workshops ? [] : ['workshops'])]);
  return BASE_COLUMNS.map((c) => c.key).filter((k) => !unused.has(k));
}

/** The defaults of an on-site event without bookable sessions (the export as it always was). */
export const DEFAULT_COLUMN_KEYS = defaultColumnKeys();

const QUESTION_PREFIX = 'q:';

/** The column key of a custom question. */
export const questionColumnKey = (questionId: string) => `${QUESTION_PREFIX}${questionId}`;

function questionColumn(q: ExportQuestion): ExportColumn {
  return {
    key: questionColumnKey(q.id),
    label: q.archived ? `${q.labelDe} (archiviert)` : q.labelDe,
    cell: (r) => {
      const value = answerOf(r.answers, q.id);
      if (q.type === 'number') return { kind: 'number', value: typeof value === 'number' ? value : null };
      return text(formatAnswer(q, value));
    },
  };
}

/** Every column an event offers: the fixed ones, then one per question (archived included). */
export function availableColumns(questions: readonly ExportQuestion[]): ExportColumn[] {
  return [...BASE_COLUMNS, ...questions.map(questionColumn)];
}

/** `columns=a,b,q:xyz` as sent by the export page or stored in a template; empty means the defaults. */
export const columnKeysSchema = z
  .array(z.string().min(1).max(120))
  .max(200, 'Zu viele Spalten.')
  .refine((keys) => new Set(keys).size === keys.length, 'Spalten doppelt gewählt.');

/** The chosen columns in the given order; unknown keys are an error, none chosen means all defaults plus questions. */
export function resolveColumns(
  keys: readonly string[],
  questions: readonly ExportQuestion[],
  facts: EventColumnFacts = NO_FACTS,
): ExportColumn[] | { unknown: string[] } {
  const all = availableColumns(questions);
  const defaults = defaultColumnKeys(facts);
  if (keys.length === 0) return all.filter((c) => defaults.includes(c.key) || c.key.startsWith(QUESTION_PREFIX));
  const byKey = new Map(all.map((c) => [c.key, c]));
  const unknown = keys.filter((k) => !byKey.has(k));
  return unknown.length ? { unknown } : keys.map((k) => byKey.get(k)!);
}
