import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestEvent } from '@/test/factories';
import { callRoute, createSessionUser } from '@/test/routes';

// The organizer downloads (print and export) through their real route handlers: access before the event, so a
// signed-out caller learns nothing about which events exist; bad query strings are a 400 naming the field.
// The guards read the session cookie from next/headers; like Next, each call is a fresh header object.
const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}) }));
const badges = await import('@/app/(site)/dashboard/events/[slug]/print/badges.pdf/route');
const sheet = await import('@/app/(site)/dashboard/events/[slug]/print/sign-in-sheet.pdf/route');
const exportRoute = await import('@/app/(site)/dashboard/events/[slug]/export/[format]/route');
const exportCsv = await import('@/app/(site)/dashboard/events/[slug]/export.csv/route');

let slug: string;
let sessions: Record<'staff' | 'organizer', string>;

beforeAll(async () => {
  const event = await createTestEvent();
  slug = event.slug;
  sessions = { staff: await createSessionUser('staff', [event.id]), organizer: await createSessionUser('organizer') };
});

const print = (handler: typeof badges.GET, eventSlug: string, query = '') =>
  callRoute(handler, `/dashboard/events/${eventSlug}/print/x.pdf${query}`, { params: { slug: eventSlug } });
const exported = (format: string, query = '') =>
  callRoute(exportRoute.GET, `/dashboard/events/${slug}/export/${format}${query}`, { params: { slug, format } });

describe('print routes', () => {
  it('answers signed-out callers 401 whether the event exists or not, staff 403', async () => {
    state.cookie = '';
    for (const eventSlug of [slug, 'gibt-es-nicht']) {
      const res = await print(sheet.GET, eventSlug);
      expect(res.status, eventSlug).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
    }
    state.cookie = sessions.staff;
    expect((await print(badges.GET, slug)).status).toBe(403);
  });

  it('answers an unknown event 404 and a bad grid 400 with the field', async () => {
    state.cookie = sessions.organizer;
    const unknown = await print(badges.GET, 'gibt-es-nicht');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Veranstaltung nicht gefunden.' } });
    const bad = await print(badges.GET, slug, '?grid=9x9');
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error).toEqual({ code: 'INVALID_INPUT', message: body.errors.grid });
    expect(body.errors.grid).toMatch(/1 bis 4 Spalten/);
  });

  it('streams both PDFs as downloads', async () => {
    state.cookie = sessions.organizer;
    for (const [handler, prefix] of [
      [sheet.GET, 'teilnehmerliste'],
      [badges.GET, 'namensschilder'],
    ] as const) {
      const res = await print(handler, slug, '?status=&crop=1');
      expect(res.status, prefix).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(`filename="${prefix}-${slug}-`);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
  });
});

describe('export routes', () => {
  it('answers an unknown format 404, bad filters and unknown columns 400 with the field', async () => {
    state.cookie = sessions.organizer;
    const format = await exported('pdf');
    expect(format.status).toBe(404);
    expect(await format.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Unbekanntes Exportformat.' } });
    const filter = await exported('csv', '?status=alle');
    expect(filter.status).toBe(400);
    expect((await filter.json()).errors).toEqual({ status: 'Unbekannter Status.' });
    const columns = await exported('json', '?columns=firstName,firstName');
    expect(await columns.json()).toMatchObject({ errors: { columns: 'Spalten doppelt gewählt.' } });
    const unknown = await exported('json', '?columns=geheim');
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toBe('Unbekannte Spalten: geheim');
  });

  it('streams a download, also through the export.csv alias', async () => {
    state.cookie = sessions.organizer;
    const json = await exported('json', '?columns=firstName');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename="teilnehmende-.+\.json"/);
    expect(JSON.parse(await json.text())).toEqual([]);
    const csv = await callRoute(exportCsv.GET, `/dashboard/events/${slug}/export.csv`, { params: { slug } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    await csv.arrayBuffer();
  });
});
