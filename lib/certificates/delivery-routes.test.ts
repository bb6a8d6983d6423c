import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addAttendee, addCertificate, createCertificateEvent } from '@/test/certificate-delivery-fixtures';
import { callRoute, createSessionUser } from '@/test/routes';

// The ZIP and the manage-link download through their real route handlers (the guards read the cookie from next/headers).
const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}) }));
const zipRoute = await import('@/app/(site)/dashboard/events/[slug]/certificates/certificates.zip/route');
const pdfRoute = await import('@/app/(site)/manage/[token]/certificate.pdf/route');

let sessions: Record<'staff' | 'organizer', string>;
beforeAll(async () => {
  sessions = { staff: await createSessionUser('staff'), organizer: await createSessionUser('organizer') };
});

const zip = (slug: string) =>
  callRoute(zipRoute.GET, `/dashboard/events/${slug}/certificates/certificates.zip`, { params: { slug } });
const pdf = (token: string) => callRoute(pdfRoute.GET, `/manage/${token}/certificate.pdf`, { params: { token } });

async function zipEntries(res: Response): Promise<string[]> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'certificates-')), 'all.zip');
  await writeFile(file, Buffer.from(await res.arrayBuffer()));
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n').sort();
}

describe('certificates ZIP route', () => {
  it('is for organizers only, says 409 while none is issued, then holds each valid certificate once', async () => {
    const event = await createCertificateEvent();
    const a = await addAttendee(event.id, { checkedIn: true });
    const b = await addAttendee(event.id, { checkedIn: true });
    const revoked = await addAttendee(event.id, { checkedIn: true });

    state.cookie = sessions.staff;
    expect((await zip(event.slug)).status).toBe(403);
    state.cookie = sessions.organizer;
    const none = await zip(event.slug);
    expect(none.status).toBe(409);
    expect(await none.text()).toContain('Es ist noch keine Bescheinigung ausgestellt');

    await addCertificate(a.id);
    await addCertificate(b.id);
    await addCertificate(revoked.id, { revoked: true });
    const res = await zip(event.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const names = await zipEntries(res);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^Teilnahmebescheinigung-[A-Za-z0-9-]+\.pdf$/);
  });
});

describe('manage-link certificate route', () => {
  it('answers 404 for an unknown link, 409 before the end and without check-in, and the PDF otherwise', async () => {
    state.cookie = '';
    expect((await pdf('gibt-es-nicht')).status).toBe(404);
    const running = await createCertificateEvent({ ended: false });
    const early = await addAttendee(running.id, { checkedIn: true });
    const tooEarly = await pdf(early.manageToken);
    expect(tooEarly.status).toBe(409);
    expect(await tooEarly.text()).toContain('noch nicht zu Ende');

    const event = await createCertificateEvent();
    const absent = await addAttendee(event.id);
    expect((await pdf(absent.manageToken)).status).toBe(409);
    const present = await addAttendee(event.id, { checkedIn: true });
    const res = await pdf(present.manageToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Teilnahmebescheinigung-Frau-Dr-/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
