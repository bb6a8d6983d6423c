import { describe, expect, it } from 'vitest';
import {
  availableColumns,
  BASE_COLUMNS,
  resolveColumns,
  type AttendeeExportRow,
  type ExportColumn,
  type ExportQuestion,
} from './columns';
import {
  attendeeCsvHeader,
  attendeeCsvRecords,
  attendeeCsvRow,
  attendeeCsvStream,
  formatCsvDateTime,
  neutralizeCell,
} from './csv';

// The columns of the original fixed CSV, in their order.
const LEGACY_KEYS = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'email',
  'organization',
  'position',
  'sector',
  'state',
  'status',
  'createdAt',
  'checkedInAt',
  'ticketCode',
];
const COLS = resolveColumns(LEGACY_KEYS, []) as ExportColumn[];
const ATTENDEE_CSV_COLUMNS = COLS.map((c) => c.label);
const withQuestions = (questions: ExportQuestion[]) => [
  ...COLS,
  ...availableColumns(questions).slice(BASE_COLUMNS.length),
];

const base: AttendeeExportRow = {
  id: 'r1',
  salutation: 'Frau',
  title: 'Dr.',
  firstName: 'Jörg',
  lastName: 'Müller-Lüdenscheidt',
  email: 'joerg@example.org',
  organization: 'Stadt Leipzig',
  position: null,
  sector: 'Verwaltung',
  state: 'Sachsen',
  status: 'confirmed',
  guestType: 'attendee',
  overCapacity: false,
  createdAt: new Date('2025-04-03T07:00:00Z'), // 09:00 in Leipzig (CEST)
  checkedInAt: null,
  ticketCode: 'ABCDEF0123456789ABCDEF0123456789',
  answers: {},
  mode: 'onsite',
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return Buffer.concat(parts);
}

async function* batches(...items: AttendeeExportRow[][]) {
  for (const b of items) yield b;
}

describe('neutralizeCell', () => {
  it.each(['=SUM(A1)', '+49 341', '-1+1', '@cmd', '\tTab', '\rCR', '\0NUL'])('prefixes a quote to %j', (value) => {
    expect(neutralizeCell(value)).toBe(`'${value}`);
  });

  it('leaves harmless values alone', () => {
    expect(neutralizeCell('Stadt Leipzig')).toBe('Stadt Leipzig');
    expect(neutralizeCell('a=b')).toBe('a=b');
    expect(neutralizeCell('')).toBe('');
  });
});

describe('formatCsvDateTime', () => {
  it('formats in Europe/Berlin with leading zeros and no comma', () => {
    expect(formatCsvDateTime(new Date('2025-04-03T07:00:00Z'))).toBe('03.04.2025 09:00');
    expect(formatCsvDateTime(new Date('2025-01-05T23:30:00Z'))).toBe('06.01.2025 00:30');
    expect(formatCsvDateTime(null)).toBe('');
  });
});

describe('attendeeCsvRow', () => {
  it('maps every column in order with German status labels', () => {
    const row = attendeeCsvRow({ ...base, status: 'waitlisted', checkedInAt: new Date('2025-04-03T08:15:00Z') }, COLS);
    expect(row).toHaveLength(ATTENDEE_CSV_COLUMNS.length);
    expect(row).toEqual([
      'Frau',
      'Dr.',
      'Jörg',
      'Müller-Lüdenscheidt',
      'joerg@example.org',
      'Stadt Leipzig',
      '',
      'Verwaltung',
      'Sachsen',
      'Warteliste',
      '03.04.2025 09:00',
      '03.04.2025 10:15',
      'ABCDEF0123456789ABCDEF0123456789',
    ]);
    expect(attendeeCsvRow({ ...base, status: 'cancelled' }, COLS)[9]).toBe('storniert');
    expect(attendeeCsvRow(base, COLS)[9]).toBe('bestätigt');
  });

  it('neutralises formula-like values in any text column', () => {
    const row = attendeeCsvRow(
      { ...base, firstName: '=HYPERLINK("http://x")', organization: '@evil', position: '-2' },
      COLS,
    );
    expect(row[2]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[5]).toBe(`'@evil`);
    expect(row[6]).toBe(`'-2`);
  });
});

describe('CSV encoding', () => {
  it('starts the header with a BOM and uses ; and CRLF', () => {
    const header = attendeeCsvHeader(COLS);
    expect(header.charCodeAt(0)).toBe(0xfeff);
    expect(header).toBe(`\uFEFF${ATTENDEE_CSV_COLUMNS.join(';')}\r\n`);
  });

  it('quotes values containing ;, quotes or line breaks', () => {
    const text = attendeeCsvRecords(
      [{ ...base, organization: 'Müller; Söhne', position: 'Leiter "IT"', lastName: 'Zeile\nzwei' }],
      COLS,
    );
    expect(text).toContain(';"Müller; Söhne";');
    expect(text).toContain(';"Leiter ""IT""";');
    expect(text).toContain(';"Zeile\nzwei";');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes nothing for an empty batch', () => {
    expect(attendeeCsvRecords([], COLS)).toBe('');
  });
});

describe('attendeeCsvStream', () => {
  it('streams UTF-8 bytes: BOM, header, then every batch', async () => {
    const bytes = await readAll(attendeeCsvStream(batches([base], [{ ...base, id: 'r2', firstName: 'Ä' }]), COLS));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two records, trailing empty string
    expect(lines[0]).toBe(ATTENDEE_CSV_COLUMNS.join(';'));
    expect(lines[1]).toContain('Frau;Dr.;Jörg;Müller-Lüdenscheidt;');
    expect(lines[2]).toContain(';Ä;');
    expect(lines[3]).toBe('');
  });

  it('emits only the header when there are no rows', async () => {
    const bytes = await readAll(attendeeCsvStream(batches(), COLS));
    expect(new TextDecoder().decode(bytes)).toBe(`${ATTENDEE_CSV_COLUMNS.join(';')}\r\n`);
  });

  it('stops the source when the reader cancels', async () => {
    let finished = false;
    async function* source() {
      try {
        for (;;) yield [base];
      } finally {
        finished = true;
      }
    }
    const reader = attendeeCsvStream(source(), COLS).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});

describe('custom question columns', () => {
  const questions = [
    {
      id: 'q1',
      labelDe: 'Teilnahme am Mittagessen?',
      type: 'singleChoice' as const,
      options: [
        { value: 'ja', de: 'Ja' },
        { value: 'nein', de: 'Nein' },
      ],
    },
    { id: 'q2', labelDe: 'Ernährungshinweise', type: 'text' as const, options: [] },
    {
      id: 'q3',
      labelDe: 'Workshops',
      type: 'multipleChoice' as const,
      options: [
        { value: 'a', de: 'KI' },
        { value: 'b', de: 'Smart City' },
      ],
      archived: true,
    },
  ];

  it('adds one header per question, marking archived ones', () => {
    const header = attendeeCsvHeader(withQuestions(questions)).slice(1).trimEnd().split(';');
    expect(header.slice(-3)).toEqual(['Teilnahme am Mittagessen?', 'Ernährungshinweise', 'Workshops (archiviert)']);
  });

  it('writes option labels, texts and lists, neutralised, and blanks for missing answers', () => {
    const row = attendeeCsvRow(
      { ...base, answers: { q1: 'ja', q2: '=HYPERLINK("x")', q3: ['a', 'b'] } },
      withQuestions(questions),
    );
    expect(row.slice(-3)).toEqual(['Ja', `'=HYPERLINK("x")`, 'KI, Smart City']);
    expect(attendeeCsvRow({ ...base, answers: {} }, withQuestions(questions)).slice(-3)).toEqual(['', '', '']);
  });
});
