import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';

// The page's own guard is not what this test is about: it runs as an organizer.
vi.mock('@/lib/auth/guards', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  requireOrganizer: vi.fn(async () => ({ id: 'u1', email: 'orga@example.test', role: 'organizer' })),
}));

// The page reads the language cookie; outside a request there is none (German).
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

const { default: NewRegistrationPage } = await import('./page');

/** The props of the first element of `type` in a rendered tree. */
function findProps(node: unknown, type: unknown): Record<string, unknown> | null {
  if (!isValidElement(node))
    return Array.isArray(node) ? (node.map((n) => findProps(n, type)).find(Boolean) ?? null) : null;
  const element = node as ReactElement<Record<string, unknown>>;
  if (element.type === type) return element.props;
  return findProps(element.props.children, type);
}

describe('"Person hinzufügen" (organizer adds a guest)', () => {
  it('opens for an unpublished event, with its questions', async () => {
    const event = await createTestEvent({ published: false });
    await db.question.create({
      data: {
        eventId: event.id,
        type: 'text',
        labelDe: 'Dienststelle',
        labelEn: 'Office',
        required: false,
        position: 1,
      },
    });
    const page = await NewRegistrationPage({ params: Promise.resolve({ slug: event.slug }) });
    const { AttendeeForm } = await import('@/components/dashboard/attendee-form');
    const props = findProps(page, AttendeeForm);
    expect(props).not.toBeNull();
    expect(props!.slug).toBe(event.slug);
    expect((props!.questions as { labelDe: string }[]).map((q) => q.labelDe)).toEqual(['Dienststelle']);
  });

  it('answers 404 for an event that does not exist', async () => {
    await expect(NewRegistrationPage({ params: Promise.resolve({ slug: 'no-such-event' }) })).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    });
  });
});
