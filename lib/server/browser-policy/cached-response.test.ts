import { createHash } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { holdForHashPolicy } from './cached-response';

const data = 'self.__next_f.push([1,"hello"])';
const hash = `sha256-${createHash('sha256').update(data).digest('base64')}`;
let close: (() => void) | null = null;

async function serve(handler: RequestListener) {
  const server = createServer((req, res) => {
    holdForHashPolicy(req, res, { dev: false, https: false });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => close?.());

describe('holdForHashPolicy', () => {
  it('sends the hashes of a streamed page in its policy, body unchanged', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.flushHeaders();
      res.write('<html><body><script>');
      res.write(`${data}</script><script>alert(1)</script>`);
      res.end('</body></html>');
    });
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' '${hash}';`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(`<html><body><script>${data}</script><script>alert(1)</script></body></html>`);
  });

  it('leaves other content types without a policy', async () => {
    const url = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/x-component');
      res.end(Buffer.from('0:{}'));
    });
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('0:{}');
  });

  it('drops a policy header sent by the client, so no nonce of theirs is rendered into the cache', async () => {
    let seen: string | undefined = 'unset';
    const url = await serve((req, res) => {
      seen = req.headers['content-security-policy'] as string | undefined;
      res.end();
    });
    await fetch(url, { headers: { 'content-security-policy': "script-src 'nonce-evil'" } });
    expect(seen).toBeUndefined();
  });
});
