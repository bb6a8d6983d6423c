import { describe, expect, it } from 'vitest';
import { type AccessLine, replayedRequests, upstreamAttempts } from './access-log';

const line = (method: string, addr: string, status: string, sent: string): AccessLine => ({
  request_id: 'r',
  method,
  path: '/api/v1/events/x/registrations',
  status: Number(status.split(', ').at(-1)),
  upstream_addr: addr,
  upstream_status: status,
  upstream_bytes_sent: sent,
  cache: '',
});

describe('nginx access log: replayed requests', () => {
  it('splits one entry per upstream attempt', () => {
    expect(upstreamAttempts(line('POST', '127.0.0.1:1, 127.0.0.1:2', '502, 201', '0, 412'))).toEqual([
      { addr: '127.0.0.1:1', status: '502', bytesSent: 0 },
      { addr: '127.0.0.1:2', status: '201', bytesSent: 412 },
    ]);
  });

  it('a POST moved on after a refused connection (nothing sent) is no replay', () => {
    expect(replayedRequests([line('POST', '127.0.0.1:1, 127.0.0.1:2', '502, 201', '0, 412')])).toEqual([]);
  });

  it('a POST sent to one instance and then to another is a replay', () => {
    const replay = line('POST', '127.0.0.1:1, 127.0.0.1:2', '502, 201', '412, 412');
    expect(replayedRequests([replay, line('POST', '127.0.0.1:1', '502', '412')])).toEqual([replay]);
  });

  it('only the given method counts: a GET may go on to the other instance', () => {
    expect(replayedRequests([line('GET', '127.0.0.1:1, 127.0.0.1:2', '502, 200', '300, 300')])).toEqual([]);
  });
});
