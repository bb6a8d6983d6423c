import { after } from 'next/server';

/**
 * Sends a mail for `id` once the response is out, i.e. after the database commit. A failing mail
 * server is logged and never undoes the committed change. (The durable outbox of issue 4 replaces this.)
 */
export function mailAfterCommit(label: string, id: string, send: (id: string) => Promise<void>): void {
  after(() => send(id).catch((error) => console.error(`[mail] ${label} mail for ${id} failed`, error)));
}
