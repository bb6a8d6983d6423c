import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { getFreePort } from '@/test/database';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// A port nobody listens on yet: the mail server starts down.
const port = await getFreePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
const { deliverOutboxMail } = await import('./deliver');
const { requestSignInMail } = await import('@/lib/auth/sign-in-request');
const { db } = await import('@/lib/server/db');

const unique = () => randomBytes(5).toString('hex');

/** Queues a sign-in mail for a new invited address as the sign-in request does; returns its outbox row. */
async function queuedSignInMail() {
  const email = `orga-${unique()}@example.test`;
  await db.user.create({ data: { email, role: 'organizer', invitedAt: new Date() } });
  const token = unique();
  const url = `http://localhost:3000/api/auth/callback/email?token=${token}&email=${encodeURIComponent(email)}`;
  const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  expect(await requestSignInMail({ identifier: email, token, url, expires: new Date(Date.now() + 900_000), ip })).toBe(
    'queued',
  );
  return { email, token, row: await db.outboxMail.findFirstOrThrow({ where: { recipient: email, kind: 'sign_in' } }) };
}

describe('sign-in mail from the outbox', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  afterAll(() => sink?.close());

  it('a failed send is left for a retry with the link still sealed, and the retry delivers it', async () => {
    const { email, token, row } = await queuedSignInMail();
    await expect(deliverOutboxMail(row.id, { isLast: false })).rejects.toThrow(/ECONNREFUSED|connect/i);
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'retrying',
      variant: row.variant,
    });

    sink = await startSmtpSink({ port });
    expect(await deliverOutboxMail(row.id, { isLast: false })).toBe('sent');
    const mail = await sink.waitFor((m) => recipientsOf(m).includes(email));
    expect(mail.subject).toBe('Ihr Anmeldelink für das Tagungsbüro');
    expect(mail.text).toContain(`token=${token}`);
    // Once sent, the row no longer holds the link.
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'sent',
      variant: null,
    });
  });

  it('is dropped once older than the short send window, since the link would arrive nearly spent', async () => {
    const { email, row } = await queuedSignInMail();
    await db.outboxMail.update({ where: { id: row.id }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await deliverOutboxMail(row.id, { isLast: false })).toBe('skipped');
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ variant: null });
    expect(sink?.messages.some((m) => recipientsOf(m).includes(email))).toBe(false);
  });
});
