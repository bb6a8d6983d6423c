import { describe, expect, it } from 'vitest';
import { certificateShortUrl, formatCertificateDates, formatCertificateHours } from './format';
import { certificateHolderName } from './holder';
import { certificateHours, eventMinutes } from './hours';
import { placeOf } from './load';

const day = (iso: string) => new Date(iso);

describe('certificate formats', () => {
  it('prints one day, or a range of days, in German and English (Berlin calendar days)', () => {
    const start = day('2027-03-12T08:00:00Z');
    expect(formatCertificateDates(start, day('2027-03-12T16:00:00Z'), 'de')).toBe('12. März 2027');
    expect(formatCertificateDates(start, day('2027-03-13T16:00:00Z'), 'de')).toBe('12.–13. März 2027');
    expect(formatCertificateDates(start, day('2027-03-12T16:00:00Z'), 'en')).toBe('12 March 2027');
    // 23:30 UTC on 12 March is already 13 March in Berlin.
    expect(formatCertificateDates(day('2027-03-12T23:30:00Z'), day('2027-03-13T08:00:00Z'), 'de')).toBe(
      '13. März 2027',
    );
  });

  it('prints hours with German decimals', () => {
    expect(formatCertificateHours(360, 'de')).toBe('6');
    expect(formatCertificateHours(390, 'de')).toBe('6,5');
    expect(formatCertificateHours(435, 'de')).toBe('7,25');
    expect(formatCertificateHours(390, 'en')).toBe('6.5');
  });

  it('names the holder with Anrede and title as entered', () => {
    const person = { salutation: 'Frau', title: 'Prof. Dr.', firstName: 'Anna', lastName: 'Großmann' };
    expect(certificateHolderName(person, 'de')).toBe('Frau Prof. Dr. Anna Großmann');
    expect(certificateHolderName(person, 'en')).toBe('Prof. Dr. Anna Großmann');
    expect(certificateHolderName({ ...person, title: null }, 'en')).toBe('Ms Anna Großmann');
    expect(certificateHolderName({ ...person, salutation: 'Herr', title: ' ' }, 'de')).toBe('Herr Anna Großmann');
    expect(certificateHolderName({ ...person, salutation: 'Divers', title: null }, 'de')).toBe('Anna Großmann');
  });

  it('finds the town for the place line and shortens the verify URL', () => {
    expect(placeOf('Karl-Liebknecht-Straße 132\n04277 Leipzig')).toBe('Leipzig');
    expect(placeOf('Irgendwo')).toBeNull();
    expect(certificateShortUrl('https://tagung.example.org/verify/K7QM-4XPD-9RTA?s=abc')).toBe(
      'tagung.example.org/verify/K7QM-4XPD-9RTA',
    );
  });

  it('counts fixed minutes, or the event length capped at 8 hours a day when none are set', () => {
    const event = { startsAt: day('2027-03-12T08:00:00Z'), endsAt: day('2027-03-13T16:00:00Z') };
    expect(certificateHours({ hoursMode: 'fixed', fixedMinutes: 300 }, event, [], 'de')).toEqual({
      minutes: 300,
      sessions: [],
    });
    expect(eventMinutes(event.startsAt, day('2027-03-12T14:30:00Z'))).toBe(390);
    expect(eventMinutes(event.startsAt, event.endsAt)).toBe(2 * 8 * 60);
    const attended = [{ title: 'Eröffnung', titleEn: 'Opening', minutes: 30 }];
    expect(certificateHours({ hoursMode: 'sessions', fixedMinutes: 300 }, event, attended, 'en')).toEqual({
      minutes: 30,
      sessions: ['Opening'],
    });
  });
});
