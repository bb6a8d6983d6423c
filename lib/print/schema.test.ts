import { describe, expect, it } from 'vitest';
import { fitLine } from './fit-text';
import { createPdf, FONT_BOLD } from './pdf';
import { badgeOptionsSchema, printFilterSchema } from './schema';

// The route pipeline hands the schemas the first value of each query parameter.
const params = (query: string) => Object.fromEntries([...new URLSearchParams(query)].reverse());

describe('print query parameters', () => {
  it('defaults to confirmed registrations, no search, a 2×4 grid and no crop marks', () => {
    expect(badgeOptionsSchema.safeParse(params(''))).toEqual({
      success: true,
      data: { q: '', status: 'confirmed', grid: { columns: 2, rows: 4 }, crop: false },
    });
    expect(badgeOptionsSchema.parse(params('status=&grid=&crop='))).toMatchObject({ status: 'confirmed', crop: false });
    expect(printFilterSchema.safeParse(params('q=+M%C3%BCller+&status=waitlisted&status=cancelled'))).toEqual({
      success: true,
      data: { q: 'Müller', status: 'waitlisted' },
    });
    expect(badgeOptionsSchema.safeParse(params('grid=3x5&crop=1'))).toMatchObject({
      success: true,
      data: { grid: { columns: 3, rows: 5 }, crop: true },
    });
  });

  it('refuses bad input with a German message', () => {
    for (const query of [
      'grid=0x4',
      'grid=5x4',
      'grid=2x11',
      'grid=abc',
      'crop=ja',
      'status=alle',
      `q=${'x'.repeat(201)}`,
    ]) {
      const parsed = badgeOptionsSchema.safeParse(params(query));
      expect(parsed.success, query).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/[a-zäöü]/);
    }
  });
});

describe('fitLine', () => {
  it('shrinks a long name to fit and cuts it with "…" only below the minimum size', () => {
    const doc = createPdf({ title: 't', subject: 's' });
    const short = fitLine(doc, 'Jürgen', { font: FONT_BOLD, maxSize: 24, minSize: 8, width: 150 });
    expect(short).toEqual({ text: 'Jürgen', size: 24 });
    const shrunk = fitLine(doc, 'Maximilian-Alexander', { font: FONT_BOLD, maxSize: 24, minSize: 8, width: 150 });
    expect(shrunk.text).toBe('Maximilian-Alexander');
    expect(shrunk.size).toBeLessThan(24);
    const cut = fitLine(doc, 'Ängström-Weißenfels-Oberhausen von und zu Sachsen-Anhalt', {
      font: FONT_BOLD,
      maxSize: 24,
      minSize: 8,
      width: 150,
    });
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.size).toBe(8);
    for (const fitted of [shrunk, cut])
      expect(doc.font(FONT_BOLD).fontSize(fitted.size).widthOfString(fitted.text)).toBeLessThanOrEqual(150);
  });
});
