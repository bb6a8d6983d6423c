// Reading nginx's JSON access log (format `tagungsbuero_json`, deploy/nginx/http.conf).
import { readFile } from 'node:fs/promises';

export interface AccessLine {
  request_id: string;
  method: string;
  path: string;
  status: number;
  upstream_addr: string;
  upstream_status: string;
  upstream_bytes_sent: string;
  cache: string;
}

export async function readAccessLog(file: string): Promise<AccessLine[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AccessLine);
}

/** One entry per upstream attempt: nginx separates attempts with ", " (and groups with " : " after an internal redirect). */
export function upstreamAttempts(line: AccessLine): { addr: string; status: string; bytesSent: number }[] {
  const split = (value: string) => (value ? value.split(/\s*[,:]\s+/) : []);
  const addrs = line.upstream_addr ? line.upstream_addr.split(/,\s+|\s+:\s+/) : [];
  const statuses = split(line.upstream_status);
  const sent = split(line.upstream_bytes_sent);
  return addrs.map((addr, i) => ({ addr, status: statuses[i] ?? '', bytesSent: Number(sent[i] ?? 0) }));
}

/**
 * Requests nginx sent to one instance and then again to another. A retry is a replay only when an earlier attempt
 * had sent bytes: a refused connection sends none, so moving such a POST to the other instance is safe and
 * expected; a POST whose request reached an instance that then died must end in 502, never go on.
 */
export function replayedRequests(lines: AccessLine[], method = 'POST'): AccessLine[] {
  return lines.filter((line) => {
    if (line.method !== method) return false;
    const attempts = upstreamAttempts(line);
    return attempts.slice(0, -1).some((a) => a.bytesSent > 0);
  });
}
