import { describe, expect, it } from 'vitest';
import { certificateSettings as en } from '@/lib/i18n/en/certificate-settings';
import { certificatePlaceholders } from './placeholders';
import {
  CERTIFICATE_PLACEHOLDER_NAMES,
  certificateSettingsSchema,
  formatHours,
  localizeCertificateMessage,
  parseHours,
} from './settings-schema';

const base = { enabled: true, fixedHours: '7,5' };
const errorsOf = (values: object) => {
  const result = certificateSettingsSchema.safeParse(values);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('certificateSettingsSchema', () => {
  it('fills every missing field with a validated default (prefault) and needs hours once certificates are on', () => {
    expect(certificateSettingsSchema.parse({})).toEqual({
      enabled: false,
      titleDe: '',
      titleEn: '',
      bodyDe: '',
      bodyEn: '',
      signatoryName: '',
      signatoryFunctionDe: '',
      signatoryFunctionEn: '',
      hoursMode: 'fixed',
      fixedMinutes: null,
    });
    expect(errorsOf({ enabled: true })).toEqual({
      fixedHours: expect.stringMatching(/Bitte geben Sie die Stunden an/),
    });
    // Counting from sessions falls back to the fixed hours, so they are needed then too.
    expect(errorsOf({ enabled: true, hoursMode: 'sessions' })).toHaveProperty('fixedHours');
  });

  it('reads German decimal hours as minutes and keeps them in sessions mode', () => {
    expect(certificateSettingsSchema.parse(base).fixedMinutes).toBe(450);
    expect(certificateSettingsSchema.parse({ ...base, fixedHours: ' 8 ', hoursMode: 'sessions' })).toMatchObject({
      fixedMinutes: 480,
      hoursMode: 'sessions',
    });
    expect(parseHours('7.25')).toBe(435);
    expect(parseHours('')).toBeNull();
  });

  it('refuses hours out of bounds or in another format', () => {
    expect(parseHours('0,25')).toBe(15);
    expect(parseHours('100')).toBe(6000);
    for (const bad of ['0', '0,2', '100,5', '1000'])
      expect(parseHours(bad), bad).toEqual({ error: expect.any(String) });
    for (const bad of ['7,555', 'sieben', '1.000,5', '-3', '7,5h'])
      expect(errorsOf({ ...base, fixedHours: bad }).fixedHours, bad).toMatch(/als Zahl/);
    expect(errorsOf({ ...base, fixedHours: '150' }).fixedHours).toMatch(/zwischen 0,25 und 100/);
    expect(errorsOf({ ...base, hoursMode: 'daily' })).toHaveProperty('hoursMode');
  });

  it('shows minutes as the hours input of each language', () => {
    expect(formatHours(450, 'de')).toBe('7,5');
    expect(formatHours(450, 'en')).toBe('7.5');
    expect(formatHours(435, 'de')).toBe('7,25');
    expect(formatHours(480, 'de')).toBe('8');
  });

  it('refuses an unknown placeholder at its field, naming it and listing the valid ones', () => {
    const errors = errorsOf({ ...base, titleDe: 'Bescheinigung {foo}', bodyEn: '{name} visited {foo} and {bar}' });
    expect(errors.titleDe).toBe(
      'Unbekannter Platzhalter {foo}. Erlaubt sind: {name}, {veranstaltung}, {datum}, {ort}, {stunden}, {sitzungen}.',
    );
    expect(errors.bodyEn).toMatch(/^Unbekannter Platzhalter \{foo\}, \{bar\}\./);
    expect(Object.keys(errors).sort()).toEqual(['bodyEn', 'titleDe']);
  });

  it('accepts German and English placeholder names in either language', () => {
    const parsed = certificateSettingsSchema.parse({
      ...base,
      titleEn: 'Certificate: {event}',
      bodyDe: '{name} war am {date} bei {veranstaltung} ({stunden} Stunden: {sitzungen}).',
    });
    expect(parsed.bodyDe).toContain('{veranstaltung}');
  });

  it('names the holder exactly once, in the body', () => {
    expect(errorsOf({ ...base, titleDe: 'Bescheinigung für {name}' }).titleDe).toMatch(/im Titel ist \{name\}/);
    expect(errorsOf({ ...base, bodyDe: 'Teilnahme an {veranstaltung}.' }).bodyDe).toMatch(/muss den Platzhalter/);
    expect(errorsOf({ ...base, bodyDe: '{name}, {name}' }).bodyDe).toMatch(/nur einmal/);
  });

  it('refuses multi-line titles, control characters and overlong texts; normalises line breaks', () => {
    expect(errorsOf({ ...base, titleDe: 'a\nb' })).toHaveProperty('titleDe');
    expect(errorsOf({ ...base, signatoryName: 'x'.repeat(201) }).signatoryName).toBe('Höchstens 200 Zeichen.');
    expect(errorsOf({ ...base, bodyDe: `{name}\u0007` })).toHaveProperty('bodyDe');
    expect(errorsOf({ ...base, bodyDe: `{name} ${'x'.repeat(2000)}` })).toHaveProperty('bodyDe');
    expect(certificateSettingsSchema.parse({ ...base, bodyDe: ' {name}\r\n\r\nwar da. ' }).bodyDe).toBe(
      '{name}\n\nwar da.',
    );
  });
});

describe('placeholder names and localized refusals', () => {
  it('shows German names in German and English names in English, all of them accepted', () => {
    expect(CERTIFICATE_PLACEHOLDER_NAMES.de).toEqual(['name', 'veranstaltung', 'datum', 'ort', 'stunden', 'sitzungen']);
    expect(CERTIFICATE_PLACEHOLDER_NAMES.en).toEqual(['name', 'event', 'date', 'venue', 'hours', 'sessions']);
    expect(certificatePlaceholders.names.sort()).toEqual(
      [...new Set([...CERTIFICATE_PLACEHOLDER_NAMES.de, ...CERTIFICATE_PLACEHOLDER_NAMES.en])].sort(),
    );
  });

  it('turns the German refusal into English with the English list, and leaves other text alone', () => {
    const german = errorsOf({ ...base, titleDe: '{foo}' }).titleDe;
    expect(localizeCertificateMessage(german, en.validation, 'en')).toBe(
      'Unknown placeholder {foo}. Allowed are: {name}, {event}, {date}, {venue}, {hours}, {sessions}.',
    );
    expect(localizeCertificateMessage('Höchstens 200 Zeichen.', en.validation, 'en')).toBe('At most 200 characters.');
    expect(localizeCertificateMessage('Something else.', en.validation, 'en')).toBe('Something else.');
  });
});
