import { describe, expect, it } from 'vitest';
import { zonedDateTime } from '@/lib/format';
import { getDictionary } from '@/lib/i18n/dictionaries';
import {
  type CertificateSampleEvent,
  certificateEditorDefaults,
  certificatePreview,
  certificatePreviewDocument,
  certificateSampleValues,
} from './settings-sample';

const event: CertificateSampleEvent = {
  title: '17. Mitteldeutsche Digitalisierungskonferenz',
  titleEn: '17th Central German Digitalisation Conference',
  startsAt: zonedDateTime(2027, 3, 12, 9, 0),
  endsAt: zonedDateTime(2027, 3, 12, 17, 0),
  venueName: 'HTWK Leipzig',
  sessions: { de: ['Keynote', 'Werkstatt'], en: ['Keynote', 'Workshop'] },
};
const empty = certificateEditorDefaults(null, 'de');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('certificate previews', () => {
  it('fill the default wording with the sample holder exactly once, in each language', () => {
    for (const locale of ['de', 'en'] as const) {
      const values = certificateSampleValues(event, locale, null, '');
      const sheet = certificatePreview(empty, locale, values);
      expect(sheet.title).toBe(getDictionary(locale).certificates.document.defaultTitle);
      expect(occurrences(sheet.body, 'Anna Großmann')).toBe(1);
      expect(sheet.paragraphs.flat(2).filter((p) => p.kind === 'name')).toEqual([{ kind: 'name', text: values.name }]);
    }
    const de = certificatePreview(empty, 'de', certificateSampleValues(event, 'de', 450, ''));
    expect(de.body).toBe(
      'Hiermit wird bestätigt, dass Frau Prof. Dr. Anna Großmann am 12. März 2027 an der Veranstaltung „17. Mitteldeutsche Digitalisierungskonferenz“ in HTWK Leipzig teilgenommen hat. Der Umfang der Teilnahme betrug 7,5 Zeitstunden.',
    );
    const en = certificatePreview(empty, 'en', certificateSampleValues(event, 'en', 450, ''));
    expect(en.body).toContain('Ms Prof. Dr. Anna Großmann attended the event “17th Central German');
    expect(en.body).toContain('7.5 hours');
  });

  it('use the German wording for English when the English field is empty, and never re-read values', () => {
    const wording = { ...empty, titleDe: 'Nachweis {veranstaltung}', bodyDe: '{name}:\n\n{sitzungen}' };
    const values = { ...certificateSampleValues(event, 'en', 480, ''), name: '{datum} **x**' };
    const sheet = certificatePreview(wording, 'en', values);
    expect(sheet.title).toBe('Nachweis 17th Central German Digitalisation Conference');
    expect(sheet.paragraphs).toEqual([
      [
        [
          { kind: 'name', text: '{datum} **x**' },
          { kind: 'text', text: ':' },
        ],
      ],
      [[{ kind: 'text', text: 'Keynote, Workshop' }]],
    ]);
  });

  it('build the PDF preview from the saved settings, marked as a sample', () => {
    const settings = { ...empty, enabled: true, signatoryName: 'Dr. Maria Schneider', hoursMode: 'sessions' as const };
    const input = certificatePreviewDocument(
      { settings: { ...settings, fixedMinutes: 360 }, event, signature: null, logo: null },
      'de',
      { fallbackSessions: 'A, B', verifyUrl: 'http://localhost/verify/MUSTER-0000' },
    );
    expect(input).toMatchObject({
      sample: true,
      holderName: 'Frau Prof. Dr. Anna Großmann',
      sessions: ['Keynote', 'Werkstatt'],
    });
    expect(input.body).toContain('6 Zeitstunden');
    expect(occurrences(input.body, input.holderName)).toBe(1);
    const fixed = certificatePreviewDocument(
      { settings: null, event: { ...event, sessions: { de: [], en: [] } }, signature: null, logo: null },
      'de',
      {
        fallbackSessions: 'A, B',
        verifyUrl: 'x',
      },
    );
    expect(fixed.sessions).toEqual([]);
    expect(fixed.body).toContain('7,5 Zeitstunden');
  });
});
