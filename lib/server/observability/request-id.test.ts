import { describe, expect, it } from 'vitest';
import { newRequestId, requestIdFrom } from './request-id';

describe('request ids', () => {
  it("keep a proxy's sane id: nginx's hex, a UUID, a tracing id", () => {
    for (const id of ['4f1c0a9e8b7d6c5b4a39281706f5e4d3', '0b9f8a0e-6c1d-4d52-9a57-2f1e3c4b5a69', 'req_01HZX.9:a-b'])
      expect(requestIdFrom(id)).toBe(id);
  });

  it('replace anything that could forge or flood a log line with a fresh id', () => {
    const bad = [
      '',
      'short',
      'a b c d e f g h',
      'id"},{"level":"fatal',
      'x\nforged line',
      'ä'.repeat(20),
      'a'.repeat(129),
    ];
    for (const value of bad) {
      const id = requestIdFrom(value);
      expect(id, value).not.toBe(value);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('take the first of repeated headers, and generate distinct ids', () => {
    expect(requestIdFrom(['abcdefgh-1', 'abcdefgh-2'])).toBe('abcdefgh-1');
    expect(newRequestId()).not.toBe(newRequestId());
  });
});
