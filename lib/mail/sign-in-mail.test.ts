import { afterAll, describe, expect, it } from 'vitest';
import { getFreePort } from '@/test/database';
import { startSmtpSink } from '@/test/smtp-sink';

// A port nobody listens on: the mail server is down.
const downPort = await getFreePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${downPort}`;
const { sendSignInMail } = await import('./sign-in-mail');
const { db } = await import('@/lib/server/db');

describe('sign-in mail', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  afterAll(() => sink?.close());

  it('fails at once when the mail server is down, and leaves nothing in the outbox to be sent late', async () => {
    const to = `orga.${Date.now()}@example.test`;
    await expect(sendSignInMail(to, 'http://localhost:3000/api/auth/callback/email?token=x', 15)).rejects.toThrow(
      /ECONNREFUSED|connect/i,
    );
    // Other test files share this database, so look only for this address.
    expect(await db.outboxMail.count({ where: { recipient: to } })).toBe(0);
  });

  it('is sent directly, without the queue, once the server is up', async () => {
    sink = await startSmtpSink({ port: downPort });
    await sendSignInMail('orga@example.test', 'http://localhost:3000/api/auth/callback/email?token=abc', 15);
    const mail = await sink.waitFor((m) => m.text?.includes('token=abc') === true);
    expect(mail.subject).toBe('Ihr Anmeldelink für das Tagungsbüro');
  });
});
