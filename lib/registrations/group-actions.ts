'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { clientIpFromHeaders } from '@/lib/server/client-ip';
import { defineAction } from '@/lib/server/edge/action';
import { submitGroupRegistration } from './group';
import { getRegistrationTarget } from './queries';

const slugSchema = z.string().min(1).max(200);
const valuesSchema = z.record(z.string(), z.unknown());

/** "Dr. Anna Schmidt" for each address the form named, so the success page can list people by name. */
function namesByEmail(values: Record<string, unknown>): Map<string, string> {
  const members = Array.isArray(values.members) ? values.members : [];
  const names = new Map<string, string>();
  for (const m of members) {
    if (!m || typeof m !== 'object') continue;
    const { title, firstName, lastName, email } = m as Record<string, unknown>;
    if (typeof email !== 'string') continue;
    const name = [title, firstName, lastName].filter((p) => typeof p === 'string' && p.trim()).join(' ');
    names.set(email.trim().toLowerCase(), name);
  }
  return names;
}

/**
 * "Kolleginnen und Kollegen anmelden": registers the group all or nothing through the core (public on purpose,
 * like the single form; the core runs the same anti-bot checks on the honeypot and form token in the values).
 * The answer lists each person with their status; manage links and tickets go to the people themselves by mail.
 */
export const registerGroupAction = defineAction({
  access: 'public',
  // The values are parsed by the event's group schema (its questions, its group size) inside the core.
  input: z.tuple([slugSchema, valuesSchema]),
  run: async ([slug, values], { locale }) => {
    const target = await getRegistrationTarget(slug);
    if (!target) throw new AppError('NOT_FOUND', 'eventNotFound');
    const ip = clientIpFromHeaders(await headers());
    const created = await submitGroupRegistration(target, values, { source: 'form', ip, locale });
    const names = namesByEmail(values);
    return {
      status: created.status,
      members: created.members.map((m) => ({ email: m.email, status: m.status, name: names.get(m.email) ?? '' })),
    };
  },
});

export type GroupRegistrationResult = Extract<Awaited<ReturnType<typeof registerGroupAction>>, { ok: true }>['data'];
