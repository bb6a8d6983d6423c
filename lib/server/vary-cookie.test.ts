import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { varyOnCookie } from './vary-cookie';

const response = () => new ServerResponse(new IncomingMessage(new Socket()));

describe('varyOnCookie', () => {
  it('keeps Cookie in Vary when the header is later overwritten or extended', () => {
    const res = response();
    varyOnCookie(res);
    expect(res.getHeader('vary')).toBe('Cookie');
    res.setHeader('Vary', 'rsc, next-router-state-tree');
    expect(res.getHeader('vary')).toBe('rsc, next-router-state-tree, Cookie');
    // What the `vary` package (compression) does: read, append, write back.
    res.setHeader('Vary', `${res.getHeader('vary')}, Accept-Encoding`);
    expect(res.getHeader('vary')).toBe('rsc, next-router-state-tree, Cookie, Accept-Encoding');
  });

  it('leaves other headers and a wildcard alone', () => {
    const res = response();
    varyOnCookie(res);
    res.setHeader('Cache-Control', 's-maxage=30');
    res.setHeader('Vary', '*');
    expect(res.getHeader('cache-control')).toBe('s-maxage=30');
    expect(res.getHeader('vary')).toBe('*');
  });
});
