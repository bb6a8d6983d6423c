'use server';

import { requireOrganizer } from '@/lib/auth/guards';
import { zodFieldErrors } from './editor-schema';
import { editorFailure, type EditorResult } from './field-error';
import { hostSchema, sessionSchema } from './programme-schema';
import { deleteHost, deleteSession, moveItem, saveHost, saveSession } from './programme-service';
import { revalidateEvent } from './revalidate';

type Done = EditorResult<{ slug: string }>;

async function run(work: () => Promise<{ slug: string }>): Promise<Done> {
  try {
    const { slug } = await work();
    revalidateEvent(slug);
    return { ok: true, data: { slug } };
  } catch (error) {
    return editorFailure(error);
  }
}

/** Adds (sessionId null) or changes a programme item with its speakers. */
export async function saveSessionAction(eventId: string, sessionId: string | null, values: unknown): Promise<Done> {
  const user = await requireOrganizer();
  const parsed = sessionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  return run(() => saveSession(user.email, String(eventId), sessionId ? String(sessionId) : null, values));
}

/** Removes a programme item. */
export async function deleteSessionAction(eventId: string, sessionId: string): Promise<Done> {
  const user = await requireOrganizer();
  return run(() => deleteSession(user.email, String(eventId), String(sessionId)));
}

/** Adds or changes a host from a multipart form: name, role, url, an optional logo file and removeLogo. */
export async function saveHostAction(eventId: string, hostId: string | null, form: FormData): Promise<Done> {
  const user = await requireOrganizer();
  if (!(form instanceof FormData)) return { ok: false, formError: 'Ungültige Eingabe.' };
  const text = (key: string) => (typeof form.get(key) === 'string' ? (form.get(key) as string) : '');
  const values = { name: text('name'), role: text('role'), url: text('url') };
  const parsed = hostSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const file = form.get('logo');
  let logo: Uint8Array | null | undefined;
  if (file instanceof File && file.size > 0) logo = new Uint8Array(await file.arrayBuffer());
  else if (text('removeLogo') === 'on') logo = null;
  const result = await run(() => saveHost(user.email, String(eventId), hostId ? String(hostId) : null, values, logo));
  // Logo problems are reported at the file field.
  if (!result.ok && result.formError && logo) return { ok: false, fieldErrors: { logo: result.formError } };
  return result;
}

/** Removes a host and its logo. */
export async function deleteHostAction(eventId: string, hostId: string): Promise<Done> {
  const user = await requireOrganizer();
  return run(() => deleteHost(user.email, String(eventId), String(hostId)));
}

/** Moves a host one place up or down. */
export async function moveHostAction(eventId: string, hostId: string, direction: 'up' | 'down'): Promise<Done> {
  const user = await requireOrganizer();
  return run(() => moveItem(user.email, String(eventId), 'host', String(hostId), direction === 'up' ? 'up' : 'down'));
}
