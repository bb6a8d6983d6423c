import { describe, expect, it } from 'vitest';
import { eventTag, parseSignedTicket, ticketHash } from './format';
import { eventTagSync, ticketPublicKey, ticketQrContent, verifySignedTicket } from './keys';
import { verifyTicketSignature } from './verify';

const code = 'FEDCBA9876543210FEDCBA9876543210';

describe('signed tickets', () => {
  it('are small and QR-friendly', () => {
    const text = ticketQrContent({ ticketCode: code, eventId: 'cevent123' });
    expect(text).toMatch(/^TB1\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{86}$/);
  });

  it('carry the ticket code and event tag, verified on the server and with the public key (browser path)', async () => {
    const text = ticketQrContent({ ticketCode: code.toLowerCase(), eventId: 'cevent123' });
    const parsed = verifySignedTicket(text);
    expect(parsed?.ticketCode).toBe(code);
    expect(parsed?.eventTag).toBe(await eventTag('cevent123'));
    expect(eventTagSync('cevent123')).toBe(await eventTag('cevent123'));
    expect(await verifyTicketSignature(ticketPublicKey(), parseSignedTicket(text)!)).toBe(true);
  });

  it('reject a tampered payload or signature', async () => {
    const text = ticketQrContent({ ticketCode: code, eventId: 'cevent123' });
    const [prefix, payload, sig] = text.split('.') as [string, string, string];
    const flip = (s: string) => (s[3] === 'A' ? 'B' : 'A');
    const tamperedPayload = `${prefix}.${payload.slice(0, 3)}${flip(payload)}${payload.slice(4)}.${sig}`;
    const tamperedSig = `${prefix}.${payload}.${sig.slice(0, 3)}${flip(sig)}${sig.slice(4)}`;
    for (const bad of [tamperedPayload, tamperedSig]) {
      expect(verifySignedTicket(bad)).toBeNull();
      const parsed = parseSignedTicket(bad);
      expect(parsed && (await verifyTicketSignature(ticketPublicKey(), parsed))).toBeFalsy();
    }
    expect(verifySignedTicket('TB1.abc.def')).toBeNull();
    expect(parseSignedTicket(code)).toBeNull();
  });

  it('hash ticket codes case-insensitively for device lookups', async () => {
    expect(await ticketHash(code.toLowerCase())).toBe(await ticketHash(code));
    expect(await ticketHash(code)).toMatch(/^[0-9a-f]{32}$/);
  });
});
