import { describe, expect, it } from 'vitest';
import { createPdf, FONT_REGULAR, streamPdf, streamToBuffer } from './pdf';

describe('streamPdf', () => {
  it('pauses rendering while the reader is behind, and stops once the download is cancelled', async () => {
    const doc = createPdf({ title: 't', subject: 's' });
    let pages = 0;
    let finished!: () => void;
    const done = new Promise<void>((r) => (finished = r));
    const stream = streamPdf(
      doc,
      async (ready) => {
        for (let i = 0; i < 5000; i++) {
          doc.addPage({ size: 'A4', margin: 0 });
          doc.font(FONT_REGULAR).fontSize(8).text(`Seite ${i}: Jürgen Weiß`, 20, 20);
          pages += 1;
          if (!(await ready())) break;
        }
        finished();
      },
      16 * 1024,
    );
    const reader = stream.getReader();
    await reader.read();
    // Rendering runs until about 16 KB wait unread, then must stand still.
    let seen = -1;
    for (let i = 0; i < 40 && seen !== pages; i++) {
      seen = pages;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(seen).toBe(pages);
    expect(pages).toBeLessThan(5000);
    await reader.cancel();
    await done;
    expect(pages).toBeLessThan(5000);
  });

  it('delivers a complete PDF when read to the end', async () => {
    const doc = createPdf({ title: 't', subject: 's' });
    const bytes = await streamToBuffer(
      streamPdf(doc, async () => {
        doc.addPage({ size: 'A4', margin: 0 });
        doc.font(FONT_REGULAR).text('Zoë Ängström', 20, 20);
      }),
    );
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');
  });
});
