import autocannon from 'autocannon';
import { summarize, type LoadResult } from './harness';

export interface HttpLoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Builds the body of the i-th request (and may add headers); GETs leave it out. */
  request?: (i: number) => { body?: string; headers?: Record<string, string> };
}

export interface HttpLoadResult extends LoadResult {
  /** How many responses had each status code. */
  statuses: Record<number, number>;
  /** Requests sent; the ones without an answer were cut off when the run ended. */
  sent: number;
}

/** Drives `url` with autocannon for `seconds` at `connections` and summarises every answer's latency. */
export async function httpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  let sent = 0;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers ?? {},
        requests: [
          {
            setupRequest: (req) => {
              const extra = options.request?.(sent) ?? {};
              sent++;
              return {
                ...req,
                ...(extra.body === undefined ? {} : { body: extra.body }),
                headers: { ...req.headers, ...extra.headers },
              };
            },
          },
        ],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  const seconds = Math.max(options.seconds, (performance.now() - started) / 1000);
  const failed = Object.entries(statuses)
    .filter(([s]) => Number(s) >= 400)
    .reduce((sum, [, n]) => sum + n, 0);
  return { ...summarize(latencies, seconds, failed + result.errors + result.timeouts), statuses, sent };
}
