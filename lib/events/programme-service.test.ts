import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { inputError } from '@/lib/errors';
import { MAX_LOGO_BYTES, sniffLogoMime, validateLogo } from './logo';
import { hostFormDataSchema, hostSchema, sessionSchema } from './programme-schema';
import { deleteSession, moveItem, saveHost, saveSession } from './programme-service';

const actor = 'orga@example.test';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// The services take parsed input, as the actions hand it over.
const host = (values: Record<string, unknown>) => hostSchema.parse(values);
const fieldErrorsOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  inputError(result.error?.issues ?? []).fieldErrors;
const bytes = (head: number[], size = 64) => {
  const b = new Uint8Array(size);
  b.set(head);
  return b;
};

describe('logo validation', () => {
  it('recognises PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffLogoMime(bytes(PNG))).toBe('image/png');
    expect(sniffLogoMime(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoMime(bytes([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBe('image/webp');
    expect(sniffLogoMime(bytes([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45]))).toBeNull(); // RIFF WAVE
  });

  it('refuses SVG, other files, empty files and anything over 1 MB', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(() => validateLogo(svg)).toThrow(/PNG, JPEG oder WebP/);
    expect(() => validateLogo(new TextEncoder().encode('GIF89a...'))).toThrow(/PNG, JPEG oder WebP/);
    expect(() => validateLogo(new Uint8Array())).toThrow(/leer/);
    expect(() => validateLogo(svg)).toThrow(
      expect.objectContaining({ fieldErrors: { logo: { key: 'logoType', values: {} } } }),
    );
    expect(() => validateLogo(bytes(PNG, MAX_LOGO_BYTES + 1))).toThrow(/1 MB/);
    expect(validateLogo(bytes(PNG, MAX_LOGO_BYTES)).logoMime).toBe('image/png');
  });
});

describe('programme and hosts', () => {
  it('saves the English title, description, speaker role and host role next to the German ones', async () => {
    const event = await createTestEvent();
    const { sessionId } = await saveSession(
      actor,
      event.id,
      null,
      sessionSchema.parse({
        title: 'Eröffnung',
        titleEn: 'Opening',
        startsAt: '2026-04-02T09:00',
        description: 'Grußworte',
        descriptionEn: ' ',
        speakers: [{ name: 'N. N.', role: 'Moderation', roleEn: 'Chair' }],
      }),
    );
    const session = await db.eventSession.findUniqueOrThrow({ where: { id: sessionId }, include: { speakers: true } });
    // A blank English field is stored as null, so the page falls back to German.
    expect(session).toMatchObject({ titleEn: 'Opening', descriptionEn: null });
    expect(session.speakers[0]).toMatchObject({ role: 'Moderation', roleEn: 'Chair' });
    await saveHost(actor, event.id, null, host({ name: 'Cluster', role: 'Veranstalter', roleEn: 'Organiser' }));
    expect(await db.host.findFirstOrThrow({ where: { eventId: event.id } })).toMatchObject({ roleEn: 'Organiser' });
  });

  it('adds and edits a session with speakers in form order, removes it, and audits each step', async () => {
    const event = await createTestEvent();
    const values = {
      title: 'Panel',
      startsAt: '2026-04-02T10:00',
      endsAt: '2026-04-02T11:00',
      room: 'A',
      description: '',
      speakers: [{ name: 'Erste', role: '', organization: 'HTWK' }, { name: 'Zweite' }],
    };
    const { sessionId } = await saveSession(actor, event.id, null, sessionSchema.parse(values));
    const reordered = sessionSchema.parse({ ...values, speakers: [{ name: 'Zweite' }, { name: 'Dritte' }] });
    await saveSession(actor, event.id, sessionId, reordered);
    const s = await db.eventSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { speakers: { orderBy: { position: 'asc' } } },
    });
    expect(s).toMatchObject({ title: 'Panel', room: 'A', description: null });
    expect(s.startsAt.toISOString()).toBe('2026-04-02T08:00:00.000Z');
    expect(s.speakers.map((sp) => sp.name)).toEqual(['Zweite', 'Dritte']);
    expect(fieldErrorsOf(sessionSchema.safeParse({ ...values, endsAt: '2026-04-02T09:00' }))).toEqual({
      endsAt: 'Das Ende muss nach dem Beginn liegen.',
    });
    await deleteSession(actor, event.id, sessionId);
    expect(await db.speaker.count({ where: { sessionId } })).toBe(0);
    const actions = await db.auditLog.findMany({
      where: { eventId: event.id },
      orderBy: { at: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['session.create', 'session.update', 'session.delete']);
  });

  it('stores a checked logo, gives the host a new id when the logo changes, and refuses a disguised SVG', async () => {
    const event = await createTestEvent();
    const { hostId } = await saveHost(
      actor,
      event.id,
      null,
      host({ name: 'Partner', url: 'https://example.org' }),
      bytes(PNG),
    );
    expect(await db.host.findUniqueOrThrow({ where: { id: hostId } })).toMatchObject({
      logoMime: 'image/png',
      url: 'https://example.org',
    });
    const kept = await saveHost(actor, event.id, hostId, host({ name: 'Partner GmbH' }));
    expect(kept.hostId).toBe(hostId);
    const replaced = await saveHost(actor, event.id, hostId, host({ name: 'Partner GmbH' }), bytes([0xff, 0xd8, 0xff]));
    expect(replaced.hostId).not.toBe(hostId);
    expect(await db.host.findUniqueOrThrow({ where: { id: replaced.hostId } })).toMatchObject({
      name: 'Partner GmbH',
      logoMime: 'image/jpeg',
    });
    await expect(
      saveHost(actor, event.id, null, host({ name: 'Böse' }), new TextEncoder().encode('<svg onload="alert(1)"/>')),
    ).rejects.toThrow(/SVG/);
    expect(fieldErrorsOf(hostSchema.safeParse({ name: 'Link', url: 'javascript:alert(1)' }))).toEqual({
      url: 'Bitte eine Adresse mit https:// angeben.',
    });
    expect(await db.host.count({ where: { eventId: event.id } })).toBe(1);
  });

  it('moves hosts by swapping neighbours', async () => {
    const event = await createTestEvent();
    const a = await saveHost(actor, event.id, null, host({ name: 'A' }));
    await saveHost(actor, event.id, null, host({ name: 'B' }));
    await moveItem(actor, event.id, 'host', a.hostId, 'down');
    const order = await db.host.findMany({
      where: { eventId: event.id },
      orderBy: { position: 'asc' },
      select: { name: true },
    });
    expect(order.map((h) => h.name)).toEqual(['B', 'A']);
  });
});

describe('host form data', () => {
  it('reads the multipart form: texts, the logo file when one was chosen, and removeLogo', () => {
    const form = new FormData();
    form.set('name', ' Partner ');
    form.set('url', '');
    form.set('logo', new File([bytes(PNG)], 'logo.png'));
    form.set('removeLogo', 'on');
    const parsed = hostFormDataSchema.parse(form);
    expect(parsed).toMatchObject({ name: 'Partner', role: null, url: null, removeLogo: true });
    expect(parsed.logo?.size).toBe(64);
    const empty = new FormData();
    empty.set('logo', new File([], ''));
    expect(fieldErrorsOf(hostFormDataSchema.safeParse(empty))).toEqual({ name: 'Bitte den Namen angeben.' });
  });
});
