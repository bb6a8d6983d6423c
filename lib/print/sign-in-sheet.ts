import { formatDate, formatShortDate, formatTime } from '@/lib/format';
import { drawFittedLine, fitLine } from './fit-text';
import { A4, FONT_BOLD, FONT_REGULAR, type PdfDoc, type ReadyFn } from './pdf';
import type { PrintEvent, PrintRow, PrintSession } from './types';

// Fixed row height, so the page count is known from the row count before the first row is drawn.
export const SHEET_ROWS_PER_PAGE = 22;
const ROW_HEIGHT = 29.5; // 10.4 mm: room for a handwritten signature
const MARGIN_X = 40;
const TABLE_TOP = 128;
const HEADER_ROW_HEIGHT = 22;
const FOOTER_Y = A4.height - 40;
const TEXT = '#000000';
const LINE = '#4d4d4d';
const TWO_LINE_SIZE = 7.5;

const COLUMNS = [
  { label: 'Nr.', width: 28 },
  { label: 'Name', width: 105 },
  { label: 'Vorname', width: 92 },
  { label: 'Organisation', width: 138 },
  { label: 'Unterschrift', width: A4.width - 2 * MARGIN_X - 28 - 105 - 92 - 138 },
] as const;

/** Pages of a sign-in sheet with `rows` rows: at least one, so an empty list still prints a blank form. */
export function signInSheetPageCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / SHEET_ROWS_PER_PAGE));
}

interface SheetMeta {
  event: PrintEvent;
  /** A session's sheet names the session, its time and room instead of the event's venue. */
  session?: PrintSession | null;
  total: number;
  generatedAt: Date;
}

function placeLine({ event, session }: SheetMeta): string {
  if (!session) return `${formatDate(event.startsAt)}, ${formatTime(event.startsAt)} Uhr · ${event.venueName}`;
  const end = session.endsAt ? `–${formatTime(session.endsAt)}` : '';
  const room = session.room ? ` · Raum: ${session.room}` : '';
  return `Workshop: ${session.title} · ${formatDate(session.startsAt)}, ${formatTime(session.startsAt)}${end} Uhr${room}`;
}

function drawPageFrame(doc: PdfDoc, meta: SheetMeta, page: number, pages: number) {
  const { event, total, generatedAt } = meta;
  const width = A4.width - 2 * MARGIN_X;
  doc.fillColor(TEXT);
  doc.font(FONT_BOLD).fontSize(16).text('Teilnehmerliste', MARGIN_X, 36, { lineBreak: false });
  drawFittedLine(doc, event.title, MARGIN_X, 60, { font: FONT_BOLD, maxSize: 12, minSize: 8, width });
  drawFittedLine(doc, placeLine(meta), MARGIN_X, 78, {
    font: FONT_REGULAR,
    maxSize: 10,
    minSize: 7,
    width,
  });
  doc
    .font(FONT_REGULAR)
    .fontSize(8.5)
    .text(
      total === 0
        ? 'Keine Anmeldungen in dieser Auswahl. Die Zeilen sind für Nachmeldungen vor Ort.'
        : meta.session
          ? 'Mit meiner Unterschrift bestätige ich meine Teilnahme an diesem Workshop.'
          : 'Mit meiner Unterschrift bestätige ich meine Teilnahme an der Veranstaltung.',
      MARGIN_X,
      100,
      { lineBreak: false },
    );
  doc.font(FONT_REGULAR).fontSize(8).fillColor(TEXT);
  const stand = `Stand: ${formatShortDate(generatedAt)}, ${formatTime(generatedAt)} Uhr`;
  doc.text(stand, MARGIN_X, FOOTER_Y, { lineBreak: false });
  const pageLabel = `Seite ${page} von ${pages}`;
  doc.text(pageLabel, A4.width - MARGIN_X - doc.widthOfString(pageLabel), FOOTER_Y, { lineBreak: false });
  drawTableHeader(doc);
}

function drawTableHeader(doc: PdfDoc) {
  const width = A4.width - 2 * MARGIN_X;
  doc.rect(MARGIN_X, TABLE_TOP, width, HEADER_ROW_HEIGHT).fillAndStroke('#e6e6e6', LINE);
  doc.fillColor(TEXT).font(FONT_BOLD).fontSize(9);
  let x = MARGIN_X;
  for (const column of COLUMNS) {
    doc.text(column.label, x + 4, TABLE_TOP + 6.5, { lineBreak: false });
    x += column.width;
  }
}

function drawRow(doc: PdfDoc, index: number, number: number, row: PrintRow | null) {
  const top = TABLE_TOP + HEADER_ROW_HEIGHT + index * ROW_HEIGHT;
  const width = A4.width - 2 * MARGIN_X;
  doc.lineWidth(0.6).rect(MARGIN_X, top, width, ROW_HEIGHT).stroke(LINE);
  let x = MARGIN_X;
  for (const column of COLUMNS.slice(0, -1)) {
    x += column.width;
    doc
      .moveTo(x, top)
      .lineTo(x, top + ROW_HEIGHT)
      .stroke(LINE);
  }
  doc.fillColor(TEXT);
  const textY = (size: number) => top + (ROW_HEIGHT - size * 1.17) / 2;
  doc
    .font(FONT_REGULAR)
    .fontSize(8.5)
    .text(String(number), MARGIN_X + 4, textY(8.5), { lineBreak: false });
  if (!row) return;
  const cells = [row.lastName, [row.title, row.firstName].filter(Boolean).join(' '), row.organization ?? ''];
  let cellX = MARGIN_X + COLUMNS[0].width;
  cells.forEach((text, i) => {
    const column = COLUMNS[i + 1]!;
    const font = i === 0 ? FONT_BOLD : FONT_REGULAR;
    const width = column.width - 8;
    const fitted = fitLine(doc, text, { font, maxSize: 10, minSize: TWO_LINE_SIZE, width });
    if (fitted.text === text) {
      doc
        .font(font)
        .fontSize(fitted.size)
        .text(text, cellX + 4, textY(fitted.size), { lineBreak: false });
    } else {
      // Too long for one readable line: two lines, cut with "…" if even that is not enough.
      const lineHeight = TWO_LINE_SIZE * 1.17;
      doc
        .font(font)
        .fontSize(TWO_LINE_SIZE)
        .text(text, cellX + 4, top + (ROW_HEIGHT - 2 * lineHeight) / 2, {
          width,
          height: 2 * lineHeight,
          ellipsis: true,
          lineGap: 0,
        });
    }
    cellX += column.width;
  });
}

/** Renders the sheet: `total` rows from `batches` (already sorted), blank rows fill the last page. */
export async function renderSignInSheet(
  doc: PdfDoc,
  meta: SheetMeta,
  batches: AsyncIterable<PrintRow[]>,
  ready: ReadyFn = async () => true,
): Promise<number> {
  const pages = signInSheetPageCount(meta.total);
  let printed = 0;
  const startPage = (page: number) => {
    doc.addPage({ size: 'A4', margin: 0 });
    drawPageFrame(doc, meta, page, Math.max(pages, page));
  };
  startPage(1);
  for await (const batch of batches) {
    for (const row of batch) {
      const index = printed % SHEET_ROWS_PER_PAGE;
      if (printed > 0 && index === 0) startPage(printed / SHEET_ROWS_PER_PAGE + 1);
      drawRow(doc, index, printed + 1, row);
      printed += 1;
    }
    if (!(await ready())) return printed;
  }
  const usedOnLastPage = printed === 0 ? 0 : ((printed - 1) % SHEET_ROWS_PER_PAGE) + 1;
  for (let i = usedOnLastPage; i < SHEET_ROWS_PER_PAGE; i++) drawRow(doc, i, printed + (i - usedOnLastPage) + 1, null);
  return printed;
}
