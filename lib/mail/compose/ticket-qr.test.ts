import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ticketQrPng } from './ticket-qr';

describe('ticketQrPng', () => {
  it('renders a PNG whose QR code decodes to the ticket code', async () => {
    const image = PNG.sync.read(await ticketQrPng('FEDCBA9876543210FEDCBA9876543210'));
    expect(image.width).toBe(440);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(
      'FEDCBA9876543210FEDCBA9876543210',
    );
  });
});
