import type { PdfDoc } from './pdf';

export interface FitOptions {
  font: string;
  maxSize: number;
  minSize: number;
  width: number;
}

const ELLIPSIS = '…';

/**
 * The largest font size (in steps of 0.5 pt, from maxSize down to minSize) at which `text` fits on one line of
 * `width`; at minSize a text still too wide is cut and ends in "…". Never wider than `width`.
 */
export function fitLine(
  doc: PdfDoc,
  text: string,
  { font, maxSize, minSize, width }: FitOptions,
): { text: string; size: number } {
  doc.font(font);
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return { text, size };
  }
  doc.fontSize(minSize);
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return { text: chars.slice(0, lo).join('').trimEnd() + ELLIPSIS, size: minSize };
}

/** Draws one line fitted by fitLine at (x, y); y is the top of the line box. Returns the size used. */
export function drawFittedLine(doc: PdfDoc, text: string, x: number, y: number, options: FitOptions): number {
  const fitted = fitLine(doc, text, options);
  doc.font(options.font).fontSize(fitted.size).text(fitted.text, x, y, { lineBreak: false });
  return fitted.size;
}
