import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { readPdf } from '@/test/pdf';
import { zonedDateTime } from '@/lib/format';
import { ticketQrContent, verifySignedTicket } from '@/lib/tickets/keys';
import { badgeLayout, badgeQrContent, badgeQrPng } from './badges';
import { mm, streamToBuffer } from './pdf';
import { printRowBatches, printWhere } from './queries';
import { badgesPdf, signInSheetPdf } from './service';
import { SHEET_ROWS_PER_PAGE } from './sign-in-sheet';
import type { PrintEvent } from './types';

type Person = {
  firstName: string;
  lastName: string;
  organization?: string;
  status?: 'confirmed' | 'waitlisted' | 'cancelled';
};

async function eventWith(people: Person[], title = 'Druck-Test') {
  const event = await createTestEvent({
    title,
    startsAt: zonedDateTime(2025, 4, 3, 9),
    endsAt: zonedDateTime(2025, 4, 3, 17),
  });
  await db.registration.createMany({
    data: people.map((p) => ({
      eventId: event.id,
      ticketCode: randomBytes(16).toString('hex').toUpperCase(),
      manageToken: randomBytes(16).toString('hex'),
      firstName: p.firstName,
      lastName: p.lastName,
      organization: p.organization ?? null,
      email: `${randomBytes(5).toString('hex')}@example.test`,
      status: p.status ?? 'confirmed',
      privacyConsentVersion: 'test',
      privacyConsentAt: new Date(),
    })),
  });
  const printEvent: PrintEvent = {
    id: event.id,
    slug: event.slug,
    title: event.title,
    startsAt: event.startsAt,
    venueName: event.venueName,
  };
  return printEvent;
}

const PEOPLE: Person[] = [
  { firstName: 'Anna', lastName: 'Zander', organization: 'Stadt Halle' },
  { firstName: 'Jürgen', lastName: 'Weiß', organization: 'Görlitzer Werkstätten' },
  { firstName: 'Zoë', lastName: 'Ängström', organization: 'Universität Jena' },
  { firstName: 'Otto', lastName: 'Özdemir' },
  { firstName: 'Berta', lastName: 'Adler' },
  { firstName: 'Wanda', lastName: 'Warteliste', status: 'waitlisted' },
  { firstName: 'Stefan', lastName: 'Storno', status: 'cancelled' },
];

describe('sign-in sheet PDF', () => {
  it('lists confirmed attendees with umlauts, sorted by last name (German collation), under the event header', async () => {
    const event = await eventWith(PEOPLE, 'Digitalkonferenz Mitteldeutschland');
    const pdf = await readPdf(
      await streamToBuffer(await signInSheetPdf(event, { q: '', status: 'confirmed' }, 'orga@example.test')),
    );
    expect(pdf).toHaveLength(1);
    const text = pdf[0]!.text;
    expect(text).toContain('Teilnehmerliste');
    expect(text).toContain('Digitalkonferenz Mitteldeutschland');
    expect(text).toContain('Donnerstag, 3. April 2025, 9:00 Uhr');
    expect(text).toContain('Seite 1 von 1');
    expect(text).toContain('Jürgen');
    expect(text).toContain('Görlitzer Werkstätten');
    const order = ['Adler', 'Ängström', 'Özdemir', 'Weiß', 'Zander'].map((name) => text.indexOf(name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('Zoë');
    expect(text).not.toContain('Warteliste');
    expect(text).not.toContain('Storno');
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: event.id, action: 'print.sign-in-sheet' } });
    expect(audit).toMatchObject({
      actor: 'orga@example.test',
      details: { rows: 5, status: 'confirmed', filtered: false },
    });
  });

  it('repeats the header on every page and numbers pages "Seite x von y" for N rows', async () => {
    const n = 2 * SHEET_ROWS_PER_PAGE + 1;
    const people = Array.from({ length: n }, (_, i) => ({
      firstName: 'Person',
      lastName: `Nachname${String(i).padStart(3, '0')}`,
    }));
    const event = await eventWith(people, 'Seitenzahl-Test');
    const pdf = await readPdf(
      await streamToBuffer(await signInSheetPdf(event, { q: '', status: 'confirmed' }, 'orga@example.test')),
    );
    expect(pdf).toHaveLength(3);
    pdf.forEach((page, i) => {
      expect(page.text).toContain(`Seite ${i + 1} von 3`);
      expect(page.text).toContain('Seitenzahl-Test');
      expect(page.text).toMatch(/Nr\. Name Vorname Organisation Unterschrift/);
    });
    expect(pdf[0]!.text).toContain('Nachname000');
    expect(pdf[0]!.text).not.toContain(`Nachname${String(SHEET_ROWS_PER_PAGE).padStart(3, '0')}`);
    expect(pdf[2]!.text).toContain(`Nachname${String(n - 1).padStart(3, '0')}`);
  });

  it('applies the status and name search filters, and prints a blank form for an empty selection', async () => {
    const event = await eventWith(PEOPLE);
    const filtered = await readPdf(
      await streamToBuffer(await signInSheetPdf(event, { q: 'weiß', status: 'confirmed' }, 'orga@example.test')),
    );
    expect(filtered[0]!.text).toContain('Weiß');
    expect(filtered[0]!.text).not.toContain('Zander');
    const waitlisted = await readPdf(
      await streamToBuffer(await signInSheetPdf(event, { q: '', status: 'waitlisted' }, 'orga@example.test')),
    );
    expect(waitlisted[0]!.text).toContain('Warteliste');
    expect(waitlisted[0]!.text).not.toContain('Weiß');
    const empty = await readPdf(
      await streamToBuffer(await signInSheetPdf(event, { q: 'niemand', status: 'confirmed' }, 'orga@example.test')),
    );
    expect(empty).toHaveLength(1);
    expect(empty[0]!.text).toContain('Keine Anmeldungen in dieser Auswahl');
    expect(empty[0]!.text).toContain('Seite 1 von 1');
  });
});

describe('a cancelled print download', () => {
  it('records no audit entry, for the sign-in sheet and the badges alike', async () => {
    const event = await eventWith(PEOPLE, 'Abgebrochener Druck');
    await (await signInSheetPdf(event, { q: '', status: 'confirmed' }, 'orga@example.test')).cancel();
    const badges = { q: '', status: 'confirmed' as const, grid: { columns: 2, rows: 4 }, crop: false };
    await (await badgesPdf(event, badges, 'orga@example.test')).cancel();
    // The render's transaction runs after the cancel; give it time to reach its end either way.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await db.auditLog.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('printRowBatches', () => {
  it('yields filtered rows in German name order across several small batches', async () => {
    const people = PEOPLE.concat(
      Array.from({ length: 12 }, (_, i) => ({ firstName: `F${i}`, lastName: `Mitte${String(i).padStart(2, '0')}` })),
    );
    const event = await eventWith(people);
    const names = await db.$transaction(async (tx) => {
      const out: string[][] = [];
      for await (const batch of printRowBatches(
        tx,
        event.id,
        printWhere(event.id, { q: '', status: 'confirmed' }),
        4,
      )) {
        out.push(batch.map((r) => r.lastName));
      }
      return out;
    });
    expect(names.length).toBeGreaterThan(1);
    const flat = names.flat();
    expect(flat).toEqual([
      'Adler',
      'Ängström',
      ...Array.from({ length: 12 }, (_, i) => `Mitte${String(i).padStart(2, '0')}`),
      'Özdemir',
      'Weiß',
      'Zander',
    ]);
  });
});

describe('badges PDF', () => {
  it('puts 8 badges on a page in the default 2×4 grid, one QR image per badge', async () => {
    const people = Array.from({ length: 10 }, (_, i) => ({
      firstName: i === 0 ? 'Jürgen' : `Vorname${i}`,
      lastName: i === 0 ? 'Weiß' : `Name${i}`,
    }));
    const event = await eventWith(people);
    const options = { q: '', status: 'confirmed' as const, grid: { columns: 2, rows: 4 }, crop: false };
    const pdf = await readPdf(await streamToBuffer(await badgesPdf(event, options, 'orga@example.test')));
    expect(pdf.map((p) => p.images)).toEqual([8, 2]);
    expect(pdf.map((p) => p.text).join(' ')).toContain('Jürgen');
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: event.id, action: 'print.badges' } });
    expect(audit.details).toMatchObject({ rows: 10, grid: '2x4', crop: false });
  });

  it('follows another grid (3×5) and keeps long names on the badge', async () => {
    const long = {
      firstName: 'Maximilian-Alexander-Friedrich',
      lastName: 'Ängström-Weißenfels-Oberhausen von Sachsen',
      organization: 'Sächsisches Staatsministerium für Regionalentwicklung und Digitales',
    };
    const people = [long, ...Array.from({ length: 15 }, (_, i) => ({ firstName: 'Zoë', lastName: `Name${i}` }))];
    const event = await eventWith(people);
    const options = { q: '', status: 'confirmed' as const, grid: { columns: 3, rows: 5 }, crop: true };
    const pdf = await readPdf(await streamToBuffer(await badgesPdf(event, options, 'orga@example.test')));
    expect(pdf.map((p) => p.images)).toEqual([15, 1]);
    expect(pdf[0]!.text).toContain('Zoë');
  });

  it('encodes the signed ticket (as in the confirmation mail) in the QR image it embeds', async () => {
    const row = { ticketCode: 'FEDCBA9876543210FEDCBA9876543210' };
    const content = badgeQrContent(row, 'cm-event-for-badges');
    expect(content).toBe(ticketQrContent({ ticketCode: row.ticketCode, eventId: 'cm-event-for-badges' }));
    const image = PNG.sync.read(await badgeQrPng(row, 'cm-event-for-badges'));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? '';
    expect(decoded).toBe(content);
    expect(verifySignedTicket(decoded)?.ticketCode).toBe(row.ticketCode);
  });

  it('sizes the default grid for 90×55 mm inserts, centred on A4', () => {
    const layout = badgeLayout({ columns: 2, rows: 4 });
    expect(layout.width).toBeCloseTo(mm(90));
    expect(layout.height).toBeCloseTo(mm(55));
    expect(layout.originX).toBeCloseTo(mm(15), 0);
    expect(layout.originY).toBeCloseTo(mm(38.5), 0);
    const dense = badgeLayout({ columns: 3, rows: 8 });
    expect(dense.originX + 3 * dense.width).toBeLessThanOrEqual(mm(200) + 0.01);
    expect(dense.originY + 8 * dense.height).toBeLessThanOrEqual(mm(287) + 0.01);
  });
});
