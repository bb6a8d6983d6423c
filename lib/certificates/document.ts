// Renders one certificate of attendance as a PDF (A4 portrait, PDF/A-2b, DejaVu fonts embedded).
// No 'server-only': the mail worker (plain Node) attaches certificates to mails.
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { A4, createPdf, FONT_BOLD, FONT_REGULAR, mm, type PdfDoc } from '@/lib/print/pdf';
import { certificateShortUrl, formatCertificateDay } from './format';
import { drawImage, drawQr, drawWatermark } from './pdf-parts';

export interface CertificateImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

/** Everything printed on one certificate, placeholders already filled. */
export interface CertificateDocumentInput {
  /** Public id, printed in short form and encoded in the QR code. */
  id: string;
  locale: Locale;
  title: string;
  /** The filled body text; the holder's name appears in it once (printed bold where it occurs). */
  body: string;
  holderName: string;
  /** Session titles attended, listed under the body when hours are counted from sessions. */
  sessions: string[];
  signatoryName: string;
  signatoryFunction: string;
  signature: CertificateImage | null;
  logo: CertificateImage | null;
  /** Absolute URL of /verify/<id> (with its signature), the QR code's content. */
  verifyUrl: string;
  issuedAt: Date;
  /** Marks previews ("Muster"/"Sample") so a preview is never mistaken for a certificate. */
  sample?: boolean;
  /** The place in the place/date line above the signature (the venue); omitted when empty. */
  venue?: string;
}

const MARGIN = mm(25);
const WIDTH = A4.width - 2 * MARGIN;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';

type Tag = (tag: string, draw: () => void, options?: { alt?: string }) => void;

/** The body with the holder's name in bold where it occurs (the first time). */
function drawBody(doc: PdfDoc, body: string, name: string): void {
  const at = name ? body.indexOf(name) : -1;
  const options = { width: WIDTH, align: 'left' as const, lineGap: 4 };
  doc.font(FONT_REGULAR).fontSize(12).fillColor(INK);
  if (at < 0) {
    doc.text(body, MARGIN, doc.y, options);
    return;
  }
  doc.text(body.slice(0, at), MARGIN, doc.y, { ...options, continued: true });
  doc.font(FONT_BOLD).text(name, { ...options, continued: true });
  doc.font(FONT_REGULAR).text(body.slice(at + name.length), options);
}

function drawSessions(doc: PdfDoc, tag: Tag, heading: string, sessions: string[]): void {
  if (sessions.length === 0) return;
  tag('P', () => doc.moveDown(1).font(FONT_BOLD).fontSize(11).text(heading, MARGIN, doc.y, { width: WIDTH }));
  tag('L', () => {
    doc.moveDown(0.3).font(FONT_REGULAR).fontSize(11);
    doc.list(sessions, MARGIN + mm(2), doc.y, { width: WIDTH - mm(2), bulletRadius: 1.8, textIndent: mm(4) });
  });
}

function drawSignatureBlock(doc: PdfDoc, tag: Tag, input: CertificateDocumentInput, placeDate: string): void {
  tag('P', () =>
    doc.moveDown(2).font(FONT_REGULAR).fontSize(11).fillColor(INK).text(placeDate, MARGIN, doc.y, { width: WIDTH }),
  );
  const top = doc.y + mm(4);
  const lineY = top + mm(21);
  // The signature image and the line are decoration: the signatory is named in text below.
  artifact(doc, () => {
    drawImage(doc, input.signature, { x: MARGIN, y: top, width: mm(60), height: mm(20) });
    doc
      .moveTo(MARGIN, lineY)
      .lineTo(MARGIN + mm(70), lineY)
      .lineWidth(0.6)
      .strokeColor(MUTED)
      .stroke();
  });
  tag('P', () => {
    doc.font(FONT_BOLD).fontSize(11).fillColor(INK);
    doc.text(input.signatoryName, MARGIN, lineY + mm(2), { width: mm(110) });
    if (input.signatoryFunction)
      doc
        .font(FONT_REGULAR)
        .fontSize(10)
        .fillColor(MUTED)
        .text(input.signatoryFunction, { width: mm(110) });
  });
}

function drawVerification(doc: PdfDoc, tag: Tag, input: CertificateDocumentInput): void {
  const t = getDictionary(input.locale).certificates.document.pdf;
  const size = mm(28);
  const y = A4.height - MARGIN - size;
  const shortUrl = certificateShortUrl(input.verifyUrl);
  tag('Figure', () => drawQr(doc, input.verifyUrl, MARGIN, y, size), { alt: `QR: ${shortUrl}` });
  const x = MARGIN + size + mm(6);
  const width = WIDTH - size - mm(6);
  tag('P', () => {
    doc
      .font(FONT_REGULAR)
      .fontSize(9)
      .fillColor(MUTED)
      .text(t.verifyAt, x, y + mm(4), { width });
    doc.font(FONT_BOLD).fontSize(10).fillColor(INK).text(shortUrl, { width });
    doc.font(FONT_REGULAR).fontSize(9).fillColor(MUTED).text(t.verifyQr, { width });
  });
  tag('P', () => doc.moveDown(0.5).text(fill(t.number, { id: input.id }), { width }));
}

function artifact(doc: PdfDoc, draw: () => void): void {
  doc.markContent('Artifact');
  draw();
  doc.endMarkedContent();
}

/** The certificate as one A4 page, tagged (structure in reading order). Pure: everything comes from the input. */
export async function renderCertificatePdf(input: CertificateDocumentInput): Promise<Buffer> {
  const t = getDictionary(input.locale).certificates.document.pdf;
  const doc = createPdf(
    { title: input.title, subject: input.sample ? t.sampleNote : t.subject },
    { archival: true, lang: input.locale === 'en' ? 'en-GB' : 'de-DE' },
  );
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.addPage({ size: 'A4', margin: 0 });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const tag: Tag = (name, draw, options = {}) => root.add(doc.struct(name, options, draw));
  if (input.sample) tag('P', () => drawWatermark(doc, t.sample), {});
  artifact(doc, () =>
    drawImage(doc, input.logo, {
      x: A4.width - MARGIN - mm(55),
      y: mm(15),
      width: mm(55),
      height: mm(22),
      align: 'right',
    }),
  );
  tag('H1', () =>
    doc
      .font(FONT_BOLD)
      .fontSize(24)
      .fillColor(INK)
      .text(input.title, MARGIN, mm(62), { width: WIDTH, align: 'center' }),
  );
  doc.moveDown(1.5);
  tag('P', () => drawBody(doc, input.body, input.holderName));
  drawSessions(doc, tag, t.sessions, input.sessions);
  const date = formatCertificateDay(input.issuedAt, input.locale);
  drawSignatureBlock(doc, tag, input, input.venue ? fill(t.placeDate, { ort: input.venue, datum: date }) : date);
  drawVerification(doc, tag, input);
  root.end();
  doc.end();
  return done;
}
