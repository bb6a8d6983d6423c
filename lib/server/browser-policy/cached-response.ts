import type { IncomingMessage, ServerResponse } from 'node:http';
import { nextScriptHashes } from './cached-scripts';
import { hashPolicy, type PolicyOptions } from './policy';

type End = ServerResponse['end'];
type Write = ServerResponse['write'];

/**
 * Gives a page from the full-route cache its Content-Security-Policy: the response is held back until it is
 * complete (a cached page arrives at once; only the first rendering is streamed), then the header lists the
 * hashes of its inline scripts that are Next's data (cached-scripts.ts). The request is sent on uncompressed, so
 * the body can be read; a reverse proxy in front may compress it.
 */
export function holdForHashPolicy(req: IncomingMessage, res: ServerResponse, options: PolicyOptions): void {
  delete req.headers['accept-encoding'];
  // A nonce a client sent would be written into the cached page for everyone; the page gets none.
  delete req.headers['content-security-policy'];
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
  const writeHead = res.writeHead.bind(res);
  const flushHeaders = res.flushHeaders;
  // Node's own end() calls writeHead() and write() through the object, so the originals come back before the flush.
  const restore = () => Object.assign(res, { write, end, writeHead, flushHeaders });
  let head: Parameters<typeof writeHead> | null = null;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null) return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array),
    );
  };
  const callbackOf = (args: unknown[]) => args.find((a): a is () => void => typeof a === 'function');
  res.writeHead = ((...args: Parameters<typeof writeHead>) => {
    head = args;
    return res;
  }) as typeof res.writeHead;
  // Headers go out with the body, once the policy is known.
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    queueMicrotask(() => callbackOf(rest)?.());
    return true;
  }) as Write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') collect(chunk, rest[0]);
    const body = Buffer.concat(chunks);
    restore();
    if (isHtml(res, head) && !res.headersSent)
      res.setHeader('Content-Security-Policy', hashPolicy(nextScriptHashes(body.toString('utf8')), options));
    if (head) writeHead(...head);
    if (body.length > 0) write(body);
    const callback = typeof chunk === 'function' ? (chunk as () => void) : callbackOf(rest);
    end();
    callback?.();
    return res;
  }) as End;
}

// The content type is set with setHeader or in writeHead's headers argument.
function isHtml(res: ServerResponse, head: unknown[] | null): boolean {
  const fromHead = head?.find(
    (a): a is Record<string, unknown> => a !== null && typeof a === 'object' && !Array.isArray(a),
  );
  const key = fromHead && Object.keys(fromHead).find((k) => k.toLowerCase() === 'content-type');
  return String((key && fromHead?.[key]) ?? res.getHeader('content-type') ?? '').includes('text/html');
}
