import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleRecipient, sampleRegistration } from '@/lib/mail/sample-data';
import { env } from '@/lib/server/env';
import { composeReminderMail } from './reminder-mail';

const osm = 'https://www.openstreetmap.org/search?query=Karl-Liebknecht-Stra%C3%9Fe%20132%2C%2004277%20Leipzig';

describe('composeReminderMail', async () => {
  const mail = await composeReminderMail({
    recipient: sampleRecipient('de'),
    event: sampleEvent,
    ...sampleRegistration,
  });

  it('says "see you on <date>" and names event and date in the subject', () => {
    expect(mail.subject).toBe(
      'Erinnerung: 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung) – 2. April 2026',
    );
    expect(mail.html).toContain('Wir sehen uns am Donnerstag, 2. April 2026');
    expect(mail.text).toContain('9:00–17:00 Uhr');
  });

  it('gives venue, address, the directions and an OpenStreetMap link for the address', () => {
    expect(mail.text).toContain('Karl-Liebknecht-Straße 132');
    expect(mail.text).toContain(sampleEvent.venueDirections);
    expect(mail.text).toContain(osm);
    expect(mail.html).toContain(`href="${osm}"`);
  });

  it('carries the inline QR code and the ticket code', () => {
    const qr = mail.attachments.find((a) => a.cid);
    expect(mail.html).toContain(`src="cid:${qr?.cid}"`);
    const image = PNG.sync.read(qr!.content as Buffer);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(
      sampleRegistration.ticketCode,
    );
    expect(mail.text).toContain('0123 4567 89AB CDEF 0123 4567 89AB CDEF');
  });

  it('asks to cancel through the manage link if plans changed', () => {
    expect(mail.text).toContain('damit jemand von der Warteliste Ihren Platz bekommt');
    expect(mail.text).toContain(new URL(`/manage/${sampleRegistration.manageToken}`, env.APP_URL).toString());
  });

  it('still links the map when the event has no directions text, in English', async () => {
    const en = await composeReminderMail({
      recipient: sampleRecipient('en'),
      event: { ...sampleEvent, venueDirections: null },
      ...sampleRegistration,
    });
    expect(en.html).toContain('See you on Thursday, 2 April 2026');
    expect(en.text).toContain(osm);
    expect(en.text).not.toContain('Straßenbahn');
  });
});
