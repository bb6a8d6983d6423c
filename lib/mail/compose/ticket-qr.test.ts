import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { eventTagSync, verifySignedTicket } from '@/lib/tickets/keys';
import { ticketParts } from './shared';
import { ticketQrPng } from './ticket-qr';

const decode = (png: Buffer) => {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
};

describe('ticketQrPng', () => {
  it('renders a PNG whose QR code decodes to the ticket code', async () => {
    const png = await ticketQrPng('FEDCBA9876543210FEDCBA9876543210');
    expect(PNG.sync.read(png).width).toBe(440);
    expect(decode(png)).toBe('FEDCBA9876543210FEDCBA9876543210');
  });
});

describe('ticketParts', () => {
  const ticketCode = '0123456789ABCDEF0123456789ABCDEF';

  it('signs the QR for the event it is given, without looking the ticket up', async () => {
    // Neither this event nor the ticket exists in the database: the signature comes from the facts alone.
    const { attachment } = await ticketParts({ ticketCode, eventId: 'cm-event-not-in-the-database' });
    const ticket = verifySignedTicket(decode(attachment.content as Buffer) ?? '');
    expect(ticket?.ticketCode).toBe(ticketCode);
    expect(ticket?.eventTag).toBe(eventTagSync('cm-event-not-in-the-database'));
  });

  it('puts the bare code in the QR of sample data without an event', async () => {
    const { attachment } = await ticketParts({ ticketCode, eventId: null });
    expect(decode(attachment.content as Buffer)).toBe(ticketCode);
  });
});
