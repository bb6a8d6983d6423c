import ICAL from 'ical.js';
import jsQR from 'jsqr';
import type Mail from 'nodemailer/lib/mailer';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleRecipient, sampleRegistration } from '@/lib/mail/sample-data';
import { env } from '@/lib/server/env';
import { composeRegistrationMail } from './registration-mail';

const base = { event: sampleEvent, waitlistPosition: null, ...sampleRegistration };
const manageUrl = new URL(`/manage/${sampleRegistration.manageToken}`, env.APP_URL).toString();

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const icsOf = (attachments: Mail.Attachment[]) => attachments.find((a) => String(a.filename).endsWith('.ics'));

describe('composeRegistrationMail: confirmation', async () => {
  const mail = await composeRegistrationMail({ ...base, kind: 'confirmation', recipient: sampleRecipient('de') });

  it('has an HTML and a text part in German', () => {
    expect(mail.html).toMatch(/<html[^>]* lang="de"/);
    expect(mail.html).toContain('Ihre Anmeldung ist bestätigt');
    expect(mail.text).toContain('Sehr geehrte Frau Mustermann,');
  });

  it('names the event and its German date in the subject', () => {
    expect(mail.subject).toBe(
      'Anmeldebestätigung: 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung) – 2. April 2026',
    );
  });

  it('shows date, time range, venue, room and address', () => {
    expect(mail.text).toContain('Donnerstag, 2. April 2026, 9:00–17:00 Uhr');
    for (const part of ['HTWK Leipzig', 'Geutebrück-Bau', 'Karl-Liebknecht-Straße 132', '04277 Leipzig'])
      expect(mail.text).toContain(part);
  });

  it('embeds the QR code inline: the HTML references the attachment by cid and the PNG decodes to the ticket code', () => {
    const qr = mail.attachments.find((a) => a.contentType === 'image/png');
    expect(qr?.cid).toBeTruthy();
    expect(mail.html).toContain(`src="cid:${qr!.cid}"`);
    expect(mail.html).not.toMatch(/<img[^>]+src="https?:/);
    expect(decodeQr(qr!.content as Buffer)).toBe(sampleRegistration.ticketCode);
  });

  it('carries the formatted ticket code and the absolute manage URL in the text part', () => {
    expect(mail.text).toContain('0123 4567 89AB CDEF 0123 4567 89AB CDEF');
    expect(mail.text).toContain(manageUrl);
    expect(mail.html).toContain(manageUrl);
  });

  it('attaches a calendar file that parses, with start, end, the venue address as location and a per-registration UID', () => {
    const ics = icsOf(mail.attachments);
    expect(ics?.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    expect(ics?.filename).toBe('beispielveranstaltung-digitalisierungskonferenz.ics');
    const vevent = new ICAL.Component(ICAL.parse(String(ics!.content))).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().toISOString()).toBe(sampleEvent.startsAt.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(sampleEvent.endsAt.toISOString());
    expect(event.location).toContain('Karl-Liebknecht-Straße 132');
    expect(event.location).toContain('04277 Leipzig');
    expect(event.uid).toBe(`${sampleRegistration.registrationId}@${new URL(process.env.APP_URL!).hostname}`);
  });
});

describe('composeRegistrationMail: English', async () => {
  const mail = await composeRegistrationMail({ ...base, kind: 'confirmation', recipient: sampleRecipient('en') });

  it('uses English copy, subject and date', () => {
    expect(mail.subject).toBe(
      'Registration confirmed: 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung) – 2 April 2026',
    );
    expect(mail.html).toMatch(/<html[^>]* lang="en"/);
    expect(mail.text).toContain('Dear Ms Doe,');
    expect(mail.text).toContain('Your place is confirmed.');
    expect(mail.text).toContain('Thursday, 2 April 2026, 9:00–17:00');
    expect(mail.text).not.toContain('Anmeldung');
  });
});

describe('composeRegistrationMail: waitlist', () => {
  it('tells the position, that they move up automatically, and links to the manage page; no ticket, no calendar file', async () => {
    const mail = await composeRegistrationMail({
      ...base,
      kind: 'waitlist',
      waitlistPosition: 3,
      recipient: sampleRecipient('de'),
    });
    expect(mail.subject).toContain('Warteliste: 17. Mitteldeutsche');
    expect(mail.text).toContain('Sie stehen auf Platz 3 der Warteliste.');
    expect(mail.text).toContain('rücken Sie automatisch nach und erhalten eine E-Mail');
    expect(mail.text).toContain(manageUrl);
    expect(mail.attachments).toEqual([]);
    expect(mail.html).not.toContain('cid:');
    expect(mail.text).not.toContain('0123 4567');
  });

  it('says "on the waiting list" without a number when the position is unknown', async () => {
    const mail = await composeRegistrationMail({
      ...base,
      kind: 'waitlist',
      waitlistPosition: null,
      recipient: sampleRecipient('en'),
    });
    expect(mail.text).toContain('You are on the waiting list.');
    expect(mail.text).not.toMatch(/number \d+ on the waiting list/);
  });
});

describe('composeRegistrationMail: promotion', () => {
  it('says a seat became free and the place is now confirmed, with ticket and calendar file', async () => {
    const mail = await composeRegistrationMail({ ...base, kind: 'promotion', recipient: sampleRecipient('de') });
    expect(mail.subject).toMatch(/^Platz frei – Teilnahme bestätigt: 17\. Mitteldeutsche .* – 2\. April 2026$/);
    expect(mail.text).toContain('ist ein Platz frei geworden');
    expect(mail.text).toContain('Ihre Teilnahme ist jetzt bestätigt');
    expect(mail.attachments.map((a) => a.contentType)).toEqual([
      'image/png',
      'text/calendar; charset=utf-8; method=PUBLISH',
    ]);
  });
});
