// Helpers of e2e/topology/compose-nginx.spec.ts: a stand-in app instance, a port wait, and requests to the proxy
// addressed as a browser addresses the site (Host and TLS server name), on loopback ports.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { TLSSocket } from 'node:tls';

/** A stand-in app instance: liveness and readiness like the real one, else the request it received as JSON. */
export function startEchoUpstream(name: string, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const body =
      req.url === '/healthz' || req.url === '/readyz'
        ? { status: 'ok' }
        : { instance: name, method: req.method, url: req.url, headers: req.headers };
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Resolves once something accepts connections on the loopback port; `describe` explains a timeout. */
export function waitForPort(port: number, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve()));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on ${port}: ${describe()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The negotiated TLS version, for https. */
  protocol?: string | null;
}

export interface Target {
  site: string;
  port: number;
  /** For https: the only certificate authority trusted. */
  ca?: Buffer;
}

/** GET `pathname` from the proxy on a loopback port, as a browser asks for http(s)://<site>/<pathname>. */
export function getVia(target: Target, pathname: string): Promise<Answer> {
  const options = { host: '127.0.0.1', port: target.port, path: pathname, headers: { Host: target.site } };
  return new Promise((resolve, reject) => {
    const onResponse = (res: http.IncomingMessage) => {
      // Read now: the socket is detached from the response once it ends.
      const protocol = target.ca ? (res.socket as TLSSocket).getProtocol() : undefined;
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, protocol }));
    };
    const req = target.ca
      ? https.get({ ...options, servername: target.site, ca: target.ca }, onResponse)
      : http.get(options, onResponse);
    req.on('error', reject);
  });
}
