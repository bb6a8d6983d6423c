import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as outbox from '@/lib/mail/outbox';
import { composeOutboxMail } from '@/lib/mail/outbox-compose';
import { db } from '@/lib/server/db';
import { inviteUser, setUserDisabled } from './service';

const address = () => `invitee.${randomBytes(5).toString('hex')}@example.test`;

afterEach(() => vi.restoreAllMocks());

describe('inviteUser', () => {
  it('queues the invitation mail with the invitation, and the mail names the role and the sign-in page', async () => {
    const email = address();
    const { created } = await inviteUser('admin@example.test', { email, role: 'organizer' });
    expect(created).toBe(true);
    const rows = await db.outboxMail.findMany({ where: { recipient: email } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'invitation', status: 'queued', registrationId: null, eventId: null });
    const composed = await composeOutboxMail(rows[0]!);
    if (!('mail' in composed)) throw new Error(`skipped: ${composed.skip}`);
    expect(composed.to).toBe(email);
    expect(composed.mail.subject).toBe('Einladung in das Tagungsbüro');
    expect(composed.mail.text).toContain('„Organisation“');
    expect(composed.mail.text).toContain('admin@example.test');
    expect(composed.mail.text).toMatch(/https?:\/\/[^\s]+\/signin/);
  });

  it('writes nothing, neither user nor mail, when the transaction fails after queueing the mail', async () => {
    const email = address();
    const real = outbox.enqueueMail;
    vi.spyOn(outbox, 'enqueueMail').mockImplementation(async (tx, item) => {
      await real(tx, item);
      throw new Error('boom after the outbox insert');
    });
    await expect(inviteUser('admin@example.test', { email, role: 'staff' })).rejects.toThrow('boom');
    expect(await db.outboxMail.count({ where: { recipient: email } })).toBe(0);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('sends nothing to a user disabled before the mail went out', async () => {
    const email = address();
    const { id } = await inviteUser('admin@example.test', { email, role: 'staff' });
    await setUserDisabled({ id: 'someone-else', email: 'admin@example.test' }, { userId: id, disabled: true });
    const [row] = await db.outboxMail.findMany({ where: { recipient: email } });
    expect(await composeOutboxMail(row!)).toMatchObject({ skip: expect.any(String) });
  });
});
