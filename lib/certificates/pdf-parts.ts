// Drawing helpers of the certificate PDF: the QR code as vector modules, images, the sample watermark.
import QRCode from 'qrcode';
import { A4, FONT_BOLD, type PdfDoc } from '@/lib/print/pdf';
import type { CertificateImage } from './document';

/** The QR code as filled squares (sharp at any zoom and in print, no image decoder needed). */
export function drawQr(doc: PdfDoc, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
}

/** An image fitted into the box; true when it could be drawn (a broken upload must not break the certificate). */
export function drawImage(
  doc: PdfDoc,
  image: CertificateImage | null,
  box: { x: number; y: number; width: number; height: number; align?: 'right' | 'center' },
): boolean {
  if (!image) return false;
  try {
    doc.image(Buffer.from(image.bytes), box.x, box.y, {
      fit: [box.width, box.height],
      align: box.align,
      valign: 'bottom',
    });
    return true;
  } catch {
    return false;
  }
}

/** A large diagonal "MUSTER"/"SAMPLE" across the page, marked as an artifact (not content). */
export function drawWatermark(doc: PdfDoc, word: string): void {
  doc.save();
  doc.rotate(-45, { origin: [A4.width / 2, A4.height / 2] });
  doc.font(FONT_BOLD).fontSize(120).fillColor('#d9d9d9');
  const width = doc.widthOfString(word);
  doc.text(word, (A4.width - width) / 2, A4.height / 2 - 60, { lineBreak: false });
  doc.restore();
}
