import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { log } from '@/lib/server/observability/logger';

/** Millimetres to PDF points. */
export const mm = (value: number) => (value * 72) / 25.4;

export const A4 = { width: 595.28, height: 841.89 } as const;

// DejaVu (free Bitstream Vera licence) covers umlauts, ß and most Latin, Greek and Cyrillic names.
// Read from the installed package at run time: no network, and pdfkit stays outside the bundle.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
export const FONT_REGULAR = 'regular';
export const FONT_BOLD = 'bold';

export type PdfDoc = InstanceType<typeof PDFDocument>;

// pdfkit accepts a parsed fontkit font in place of a file. Parsing DejaVu once per process instead of for every
// document (three times: default font, regular, bold) makes a one-page PDF about four times faster, which counts
// when a ZIP holds a thousand certificates. fontkit is pdfkit's own parser and has no type declarations.
type FontSource = Parameters<PdfDoc['registerFont']>[1];
interface ParsedFont {
  characterSet: number[];
  glyphsForString(text: string): unknown[];
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(data: Buffer): ParsedFont };
const parsedFonts = new Map<string, FontSource>();

function parsedFont(file: string): FontSource {
  let font = parsedFonts.get(file);
  if (!font) {
    const parsed = fontkit.create(readFileSync(path.join(FONT_DIR, file)));
    // fontkit caches each glyph with the characters it was first looked up for. Embedding a document's subset looks
    // up the parts of composed letters (the "U" of "Ü") without characters; a later document drawing "U" would get
    // that glyph and lose its text for copying and search. Looking every character up once first prevents that.
    for (let i = 0; i < parsed.characterSet.length; i += 1024)
      parsed.glyphsForString(String.fromCodePoint(...parsed.characterSet.slice(i, i + 1024)));
    font = parsed as unknown as FontSource;
    parsedFonts.set(file, font);
  }
  return font;
}

export interface PdfOptions {
  /** PDF/A-2b (PDF 1.7, XMP metadata, sRGB output intent) and tagged, for documents meant for archiving. */
  archival?: boolean;
  lang?: string;
}

/** An A4 document with the DejaVu fonts registered as "regular" and "bold"; pages are added by the caller. */
export function createPdf(info: { title: string; subject: string }, options: PdfOptions = {}): PdfDoc {
  const regular = parsedFont('DejaVuSans.ttf');
  const archival = options.archival
    ? { subset: 'PDF/A-2b' as const, pdfVersion: '1.7' as const, tagged: true, displayTitle: true }
    : {};
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    // Typed as a path only; pdfkit takes the parsed font here as in registerFont.
    font: regular as string,
    info: { Title: info.title, Subject: info.subject, Creator: 'Tagungsbüro', Producer: 'Tagungsbüro' },
    lang: options.lang ?? 'de-DE',
    ...archival,
  });
  doc.registerFont(FONT_REGULAR, regular);
  doc.registerFont(FONT_BOLD, parsedFont('DejaVuSans-Bold.ttf'));
  return doc;
}

/** Thrown inside a render to undo its work (e.g. roll back a transaction) once the download was cancelled. */
export class DownloadCancelled extends Error {
  constructor() {
    super('The download was cancelled.');
  }
}

/** Waits until the reader wants more bytes; false once the download was cancelled. */
export type ReadyFn = () => Promise<boolean>;

// About 1 MB may wait for a slow reader; beyond that rendering pauses, so memory stays flat for any row count.
const HIGH_WATER_BYTES = 1 << 20;

/**
 * Streams a document as it is rendered. `render` draws into the document and awaits `ready()` between batches
 * (backpressure); the document is ended here. A failure after the first bytes aborts the download.
 */
export function streamPdf(
  doc: PdfDoc,
  render: (ready: ReadyFn) => Promise<void>,
  highWaterBytes = HIGH_WATER_BYTES,
): ReadableStream<Uint8Array> {
  let resume: (() => void) | null = null;
  let cancelled = false;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const wake = () => {
    resume?.();
    resume = null;
  };
  const ready: ReadyFn = async () => {
    // pdfkit's output reaches 'data' listeners only when the event loop turns, so let it turn before measuring.
    await new Promise<void>((r) => setImmediate(r));
    while (!cancelled && (controller.desiredSize ?? 0) <= 0) await new Promise<void>((r) => (resume = r));
    return !cancelled;
  };
  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        doc.on('data', (chunk: Buffer) => {
          if (!cancelled) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        });
        doc.on('end', () => {
          if (!cancelled) controller.close();
        });
        render(ready).then(
          () => doc.end(),
          (error: unknown) => {
            if (cancelled) return;
            log('print').error({ err: error }, 'PDF generation failed');
            controller.error(error);
          },
        );
      },
      pull: wake,
      cancel() {
        cancelled = true;
        wake();
      },
    },
    { highWaterMark: highWaterBytes, size: (chunk) => chunk.byteLength },
  );
}

/** Reads a whole stream into one buffer (tests and small documents). */
export async function streamToBuffer(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
