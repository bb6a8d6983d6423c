import * as z from 'zod/mini';
import { AppError } from '@/lib/errors';
import type { ImportTable } from './import-file';

/** The invitee fields an import fills; `locale` is optional (a "Sprache"/"Language" column with de or en). */
export const IMPORT_FIELDS = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'email',
  'organization',
  'position',
  'locale',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

// Header cells compared lower-cased without spaces, hyphens, underscores and dots: "E-Mail", "e_mail", "First name".
const HEADER_NAMES: Record<string, ImportField> = {
  anrede: 'salutation',
  salutation: 'salutation',
  titel: 'title',
  title: 'title',
  vorname: 'firstName',
  firstname: 'firstName',
  givenname: 'firstName',
  nachname: 'lastName',
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  familienname: 'lastName',
  email: 'email',
  emailadresse: 'email',
  emailaddress: 'email',
  mail: 'email',
  organisation: 'organization',
  organization: 'organization',
  institution: 'organization',
  firma: 'organization',
  company: 'organization',
  funktion: 'position',
  position: 'position',
  jobtitle: 'position',
  sprache: 'locale',
  language: 'locale',
};

const normalizeHeader = (cell: string) => cell.toLowerCase().replace(/[\s\-_.]/g, '');

/** Which column holds which field (first match wins); unknown columns are ignored. */
export function mapColumns(header: string[]): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  header.forEach((cell, index) => {
    const field = HEADER_NAMES[normalizeHeader(cell)];
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

export type RowProblem =
  | 'emailMissing'
  | 'emailInvalid'
  | 'lastNameMissing'
  | 'tooLong'
  | 'duplicateInFile'
  | 'alreadyInvited'
  | 'alreadyRegistered';

export interface ImportInvitee {
  salutation: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  position: string | null;
  locale: 'de' | 'en';
}

export interface CheckedRow {
  line: number;
  invitee: ImportInvitee;
  problems: RowProblem[];
}

const SALUTATIONS: Record<string, string> = {
  frau: 'Frau',
  ms: 'Frau',
  mrs: 'Frau',
  herr: 'Herr',
  mr: 'Herr',
  divers: 'Divers',
};

const emailSchema = z.email();
const LIMITS = {
  salutation: 20,
  title: 50,
  firstName: 100,
  lastName: 100,
  email: 254,
  organization: 200,
  position: 200,
};
// Control characters have no place in a name and would break mail headers; line breaks inside a cell become spaces.
const clean = (value: string) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

function rowInvitee(cells: string[], columns: Partial<Record<ImportField, number>>): ImportInvitee {
  const cell = (field: ImportField) => clean(columns[field] === undefined ? '' : (cells[columns[field]] ?? ''));
  const salutation = cell('salutation');
  return {
    // A formula-looking cell stays what it is, text; only a known Anrede becomes one (others are dropped).
    salutation: SALUTATIONS[salutation.toLowerCase().replace(/\.$/, '')] ?? null,
    title: cell('title') || null,
    firstName: cell('firstName'),
    lastName: cell('lastName'),
    email: cell('email').toLowerCase(),
    organization: cell('organization') || null,
    position: cell('position') || null,
    locale: /^(en|englisch|english)$/i.test(cell('locale')) ? 'en' : 'de',
  };
}

function tooLong(invitee: ImportInvitee): boolean {
  return (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).some((k) => (invitee[k]?.length ?? 0) > LIMITS[k]);
}

/**
 * Each data row as an invitee with what is wrong with it: missing or invalid address, missing surname, a value too
 * long, or an address that an earlier row of the same file already has. The database checks come later
 * (import-service.ts). A file without an e-mail column is refused as a whole.
 */
export function checkRows(table: ImportTable): CheckedRow[] {
  const columns = mapColumns(table.header);
  if (columns.email === undefined) throw new AppError('INVALID_INPUT', 'importNoEmailColumn');
  const seen = new Set<string>();
  return table.rows.map(({ line, cells }) => {
    const invitee = rowInvitee(cells, columns);
    const problems: RowProblem[] = [];
    if (!invitee.email) problems.push('emailMissing');
    else if (!emailSchema.safeParse(invitee.email).success) problems.push('emailInvalid');
    else if (seen.has(invitee.email)) problems.push('duplicateInFile');
    if (!invitee.lastName) problems.push('lastNameMissing');
    if (tooLong(invitee)) problems.push('tooLong');
    if (invitee.email) seen.add(invitee.email);
    return { line, invitee, problems };
  });
}
