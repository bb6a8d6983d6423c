import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPdf } from '@/test/pdf';
import { type CertificateDocumentInput, renderCertificatePdf } from './document';

const input: CertificateDocumentInput = {
  id: 'K7QM-4XPD-9RTA',
  locale: 'de',
  title: 'Teilnahmebescheinigung',
  body: 'Hiermit wird bestätigt, dass Frau Prof. Dr. Jürgen-Ülrike Größmann am 12. März 2027 an der Veranstaltung „Digitale Verwaltung“ in HTWK Leipzig teilgenommen hat. Der Umfang der Teilnahme betrug 6,5 Zeitstunden.',
  holderName: 'Frau Prof. Dr. Jürgen-Ülrike Größmann',
  sessions: ['Eröffnung', 'Workshop Öffentliche Beschaffung'],
  signatoryName: 'Dr. Maria Weiß',
  signatoryFunction: 'Vorstandsvorsitzende',
  signature: null,
  logo: null,
  verifyUrl: 'http://localhost:3000/verify/K7QM-4XPD-9RTA?s=abc',
  issuedAt: new Date('2027-03-12T16:00:00Z'),
  venue: 'Leipzig',
};

function tool(name: string, args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8' });
}

describe('renderCertificatePdf', () => {
  it('prints the name once, the facts, the sessions, the signatory, the short URL and the id', async () => {
    const [page, ...more] = await readPdf(await renderCertificatePdf(input));
    expect(more).toHaveLength(0);
    const text = page!.text;
    expect(text.match(/Jürgen-Ülrike Größmann/g)).toHaveLength(1);
    for (const part of [
      'Teilnahmebescheinigung',
      'Frau Prof. Dr. Jürgen-Ülrike Größmann',
      '12. März 2027',
      '6,5 Zeitstunden',
      'Workshop Öffentliche Beschaffung',
      'Leipzig, den 12. März 2027',
      'Dr. Maria Weiß',
      'Vorstandsvorsitzende',
      'localhost:3000/verify/K7QM-4XPD-9RTA',
      'Bescheinigungs-Nr. K7QM-4XPD-9RTA',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('MUSTER');
  });

  it('marks a sample with a watermark', async () => {
    const [page] = await readPdf(await renderCertificatePdf({ ...input, sample: true }));
    expect(page!.text).toContain('MUSTER');
  });

  it('is PDF/A-2b flagged with XMP metadata, tagged, and embeds every font (pdffonts, pdfinfo)', async () => {
    const pdf = await renderCertificatePdf(input);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(raw).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(raw).toContain('/OutputIntents');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cert-')), 'c.pdf');
    writeFileSync(file, pdf);
    const rows = tool('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" must be "yes" for every font.
    for (const row of rows) expect(row.split(/\s+/).at(-5)).toBe('yes');
    expect(tool('pdfinfo', [file])).toMatch(/Tagged:\s+yes[\s\S]*PDF version:\s+1\.7/);
    const structure = tool('pdfinfo', ['-struct-text', file]);
    expect(structure).toMatch(/H1 \(block\)\s+"Teilnahmebescheinigung"/);
    expect(structure).toContain('Frau Prof. Dr. Jürgen-Ülrike Größmann');
  });

  it('carries a QR code that decodes to the verify URL', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cert-'));
    writeFileSync(path.join(dir, 'c.pdf'), await renderCertificatePdf(input));
    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', path.join(dir, 'c.pdf'), path.join(dir, 'c')]);
    const png = PNG.sync.read(await sharp(path.join(dir, 'c.png')).png().toBuffer());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(input.verifyUrl);
  });
});
