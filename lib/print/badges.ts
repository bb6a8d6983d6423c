import QRCode from 'qrcode';
import { ticketQrContent } from '@/lib/tickets/keys';
import { drawFittedLine, fitLine } from './fit-text';
import { A4, FONT_BOLD, FONT_REGULAR, mm, type PdfDoc, type ReadyFn } from './pdf';
import type { BadgeGrid } from './schema';
import type { PrintEvent, PrintRow } from './types';

// 90 × 55 mm fits the common badge inserts; smaller grids shrink the badge to fit A4 with 10 mm margins.
const BADGE_MAX = { width: mm(90), height: mm(55) };
const MIN_MARGIN = mm(10);
const CROP_MARK = { length: mm(5), gap: mm(1.5) };

/** The QR payload of a badge: the ticket code, exactly what the ticket mail's QR code encodes. */
export function badgeQrContent(row: Pick<PrintRow, 'ticketCode'>, eventId: string): string {
  // The same signed ticket as in the confirmation mail, so the badge can be scanned at the door.
  return ticketQrContent({ ticketCode: row.ticketCode, eventId });
}

/** PNG of a badge's QR code, as embedded in the PDF. */
export function badgeQrPng(row: Pick<PrintRow, 'ticketCode'>, eventId: string): Promise<Buffer> {
  return QRCode.toBuffer(badgeQrContent(row, eventId), { errorCorrectionLevel: 'M', margin: 1, scale: 6 });
}

export interface BadgeLayout {
  columns: number;
  rows: number;
  perPage: number;
  /** Badge size in points. */
  width: number;
  height: number;
  /** Top-left corner of the grid; the grid is centred on the page. */
  originX: number;
  originY: number;
}

/** Badge size and position of the grid on an A4 page. */
export function badgeLayout(grid: BadgeGrid): BadgeLayout {
  const width = Math.min(BADGE_MAX.width, (A4.width - 2 * MIN_MARGIN) / grid.columns);
  const height = Math.min(BADGE_MAX.height, (A4.height - 2 * MIN_MARGIN) / grid.rows);
  return {
    columns: grid.columns,
    rows: grid.rows,
    perPage: grid.columns * grid.rows,
    width,
    height,
    originX: (A4.width - grid.columns * width) / 2,
    originY: (A4.height - grid.rows * height) / 2,
  };
}

function drawCropMarks(doc: PdfDoc, l: BadgeLayout) {
  const right = l.originX + l.columns * l.width;
  const bottom = l.originY + l.rows * l.height;
  doc.save().lineWidth(0.4).strokeColor('#000000');
  for (let c = 0; c <= l.columns; c++) {
    const x = l.originX + c * l.width;
    doc
      .moveTo(x, l.originY - CROP_MARK.gap)
      .lineTo(x, l.originY - CROP_MARK.gap - CROP_MARK.length)
      .stroke();
    doc
      .moveTo(x, bottom + CROP_MARK.gap)
      .lineTo(x, bottom + CROP_MARK.gap + CROP_MARK.length)
      .stroke();
  }
  for (let r = 0; r <= l.rows; r++) {
    const y = l.originY + r * l.height;
    doc
      .moveTo(l.originX - CROP_MARK.gap, y)
      .lineTo(l.originX - CROP_MARK.gap - CROP_MARK.length, y)
      .stroke();
    doc
      .moveTo(right + CROP_MARK.gap, y)
      .lineTo(right + CROP_MARK.gap + CROP_MARK.length, y)
      .stroke();
  }
  doc.restore();
}

async function drawBadge(doc: PdfDoc, l: BadgeLayout, x: number, y: number, row: PrintRow, event: PrintEvent) {
  const s = Math.min(l.width / BADGE_MAX.width, l.height / BADGE_MAX.height);
  const pad = mm(4) * s;
  const qrSize = Math.min(l.height - 2 * pad, l.width * 0.3);
  const qrX = x + l.width - pad - qrSize;
  doc.image(await badgeQrPng(row, event.id), qrX, y + (l.height - qrSize) / 2, { width: qrSize, height: qrSize });

  const textX = x + pad;
  const width = qrX - mm(2) * s - textX;
  doc.fillColor('#4d4d4d');
  drawFittedLine(doc, event.title, textX, y + pad, { font: FONT_REGULAR, maxSize: 7 * s, minSize: 5 * s, width });
  doc.fillColor('#000000');
  const first = fitLine(doc, row.firstName, { font: FONT_BOLD, maxSize: 24 * s, minSize: 8 * s, width });
  const firstY = y + pad + 14 * s;
  doc
    .font(FONT_BOLD)
    .fontSize(first.size)
    .text(first.text, textX, firstY + (24 * s - first.size), { lineBreak: false });
  const lastY = firstY + 24 * s * 1.25;
  const last = [row.title, row.lastName].filter(Boolean).join(' ');
  drawFittedLine(doc, last, textX, lastY, { font: FONT_REGULAR, maxSize: 14 * s, minSize: 6 * s, width });
  if (row.organization) {
    const orgSize = 9 * s;
    const orgY = lastY + 14 * s * 1.35;
    const fitted = fitLine(doc, row.organization, { font: FONT_REGULAR, maxSize: orgSize, minSize: 7 * s, width });
    if (fitted.text === row.organization) {
      doc.font(FONT_REGULAR).fontSize(fitted.size).text(fitted.text, textX, orgY, { lineBreak: false });
    } else {
      // Long organisations wrap to two lines and are cut with "…" beyond that.
      const small = 7 * s;
      doc
        .font(FONT_REGULAR)
        .fontSize(small)
        .text(row.organization, textX, orgY, {
          width,
          height: 2 * small * 1.17,
          ellipsis: true,
          lineGap: 0,
        });
    }
  }
  if (row.workshops.length > 0) drawWorkshops(doc, row.workshops, { x: textX, bottom: y + l.height - pad, width, s });
}

/** "Workshops: A · B" at the badge's foot, two lines at most (cut with "…"), so the door can see where someone goes. */
function drawWorkshops(doc: PdfDoc, workshops: string[], at: { x: number; bottom: number; width: number; s: number }) {
  const size = 6.5 * at.s;
  const height = 2 * size * 1.17;
  doc.fillColor('#000000').font(FONT_REGULAR).fontSize(size);
  doc.text(`Workshops: ${workshops.join(' · ')}`, at.x, at.bottom - height, {
    width: at.width,
    height,
    ellipsis: true,
    lineGap: 0,
  });
}

/** Renders badges for the sorted rows, `layout.perPage` per A4 page; returns the number of badges. */
export async function renderBadges(
  doc: PdfDoc,
  meta: { event: PrintEvent; grid: BadgeGrid; cropMarks: boolean },
  batches: AsyncIterable<PrintRow[]>,
  ready: ReadyFn = async () => true,
): Promise<number> {
  const l = badgeLayout(meta.grid);
  let printed = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      const slot = printed % l.perPage;
      if (slot === 0) {
        doc.addPage({ size: 'A4', margin: 0 });
        if (meta.cropMarks) drawCropMarks(doc, l);
      }
      const x = l.originX + (slot % l.columns) * l.width;
      const y = l.originY + Math.floor(slot / l.columns) * l.height;
      await drawBadge(doc, l, x, y, row, meta.event);
      printed += 1;
    }
    if (!(await ready())) return printed;
  }
  if (printed === 0) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc
      .font(FONT_REGULAR)
      .fontSize(12)
      .fillColor('#000000')
      .text(`Keine Anmeldungen in dieser Auswahl: ${meta.event.title}`, mm(20), mm(20), { width: A4.width - mm(40) });
  }
  return printed;
}
