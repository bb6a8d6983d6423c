// Runs last (project `logs`): the shared server's whole output of this e2e run, as e2e/global-setup.ts wrote it,
// holds no attendee's or user's e-mail address and no attendee's name, and is JSON lines with request ids.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { e2eQuery } from '../fixtures/events';

async function serverLog(): Promise<string> {
  const file = process.env.E2E_SERVER_LOG;
  if (!file) throw new Error('E2E_SERVER_LOG is not set: run the spec through Playwright with e2e/global-setup.ts.');
  return readFile(file, 'utf8');
}

/** Every string in a parsed JSON value, unescaped (a name with a quote in it is found as it was typed). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

test('the server log is JSON lines, one access line per request with its id', async () => {
  const text = await serverLog();
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  // Node's own process warnings ("(node:123) Warning: …") go to stderr past any logger.
  expect(lines.filter((line) => !line.startsWith('{') && !line.startsWith('(node:'))).toEqual([]);
  const parsed = lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const requests = parsed.filter((line) => line.component === 'http' && line.msg === 'request');
  // The specs of the run went through this server: an empty or truncated log cannot pass.
  expect(requests.length).toBeGreaterThan(10);
  // One assertion per rule over all lines: an expect per line (tens of thousands) is recorded as a step each and
  // takes the worker minutes.
  const requestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
  expect(requests.filter((line) => typeof line.requestId !== 'string' || !requestId.test(line.requestId))).toEqual([]);
  expect(requests.filter((line) => typeof line.level !== 'string' || typeof line.time !== 'string')).toEqual([]);
  expect(requests.filter((line) => String(line.path).includes('?'))).toEqual([]);
});

test("no attendee's or user's e-mail address and no attendee's name is in the server log", async () => {
  const text = await serverLog();
  const lower = text.toLowerCase();
  const people = await e2eQuery<{ email: string; firstName: string; lastName: string }>(
    'SELECT email, "firstName", "lastName" FROM "Registration"',
  );
  const users = await e2eQuery<{ email: string }>('SELECT email FROM "User"');
  expect(people.length).toBeGreaterThan(0);

  const emails = new Set([...people, ...users].map((p) => p.email.trim().toLowerCase()).filter(Boolean));
  const leakedEmails = [...emails].filter((email) => lower.includes(email));
  expect(leakedEmails).toEqual([]);

  // Names of more than three characters with a letter in them: shorter ones (and the fuzz's punctuation) occur
  // in any text by chance. So would a fuzz name such as "beef" in the hex of request ids and the digits of
  // times, which hold nothing a person typed: those fields are left out of the search.
  const searched = text
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{')) return line;
      const { requestId: _id, time: _time, pid: _pid, durationMs: _duration, ...rest } = JSON.parse(line);
      return stringsIn(rest).join('\n');
    })
    .join('\n');
  const names = new Set(
    people
      .flatMap((p) => [p.firstName, p.lastName])
      .map((name) => name.trim())
      .filter((name) => [...name].length > 3 && /\p{L}/u.test(name)),
  );
  const leakedNames = [...names].filter((name) => searched.includes(name));
  expect(leakedNames).toEqual([]);
});
