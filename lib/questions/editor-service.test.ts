import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { inputError } from '@/lib/errors';
import { getEventQuestions } from './queries';
import { questionEditorSchema } from './editor-schema';
import { addQuestion, editQuestion, moveQuestion, setQuestionArchived } from './editor-service';

const actor = 'orga@example.test';
const raw = (overrides: Record<string, unknown> = {}) => ({
  type: 'singleChoice',
  labelDe: 'Mittagessen?',
  labelEn: '',
  helpDe: '',
  helpEn: '',
  required: false,
  options: [
    { value: 'ja', de: 'Ja', en: 'Yes' },
    { value: 'nein', de: 'Nein', en: '' },
  ],
  min: '',
  max: '',
  ...overrides,
});

// The services take parsed input, as the action hands it over.
const form = (overrides: Record<string, unknown> = {}) => questionEditorSchema.parse(raw(overrides));
// What the action answers for these issues.
const fieldErrors = (error: { issues: { path: PropertyKey[]; message: string }[] } | undefined) =>
  inputError(error?.issues ?? []).fieldErrors;

describe('question editor', () => {
  it('validates per field: two options for choices, unique values, min ≤ max for numbers', () => {
    expect(
      fieldErrors(questionEditorSchema.safeParse(raw({ options: [{ value: 'a', de: 'A', en: '' }] })).error),
    ).toEqual({
      options: 'Auswahlfragen brauchen mindestens zwei Antwortmöglichkeiten.',
    });
    expect(
      fieldErrors(
        questionEditorSchema.safeParse(
          raw({
            labelDe: ' ',
            options: [
              { value: 'a', de: 'A' },
              { value: 'a', de: 'B' },
            ],
          }),
        ).error,
      ),
    ).toMatchObject({
      labelDe: expect.any(String),
      options: 'Die Werte der Antwortmöglichkeiten müssen eindeutig sein.',
    });
    expect(fieldErrors(questionEditorSchema.safeParse(raw({ type: 'number', min: '10', max: '2' })).error)).toEqual({
      max: 'Das Minimum darf nicht über dem Maximum liegen.',
    });
    // Options of a non-choice question and bounds of a non-number question are dropped.
    expect(questionEditorSchema.parse(raw({ type: 'text', min: '3' }))).toMatchObject({
      options: [],
      min: undefined,
      labelEn: undefined,
    });
  });

  it('archiving keeps the answers; the type is fixed; order and audit entries follow the edits', async () => {
    const event = await createTestEvent();
    const lunch = await addQuestion(actor, event.id, form());
    const count = await addQuestion(
      actor,
      event.id,
      form({ type: 'number', labelDe: 'Begleitpersonen', min: '0', max: '3', options: [] }),
    );
    const reg = await db.registration.create({
      data: {
        eventId: event.id,
        ticketCode: randomBytes(8).toString('hex'),
        manageToken: randomBytes(16).toString('hex'),
        firstName: 'E',
        lastName: 'M',
        email: `q-${randomBytes(4).toString('hex')}@example.test`,
        privacyConsentVersion: 'v1',
        privacyConsentAt: new Date(),
        answers: { [lunch.id]: 'ja' },
      },
    });
    await editQuestion(actor, event.id, lunch.id, form({ labelDe: 'Essen Sie mit?' }));
    await expect(editQuestion(actor, event.id, lunch.id, form({ type: 'multipleChoice' }))).rejects.toThrow(
      /Art einer Frage/,
    );
    await setQuestionArchived(actor, event.id, lunch.id, true);
    expect((await getEventQuestions(event.id)).map((q) => q.id)).toEqual([count.id]);
    expect((await getEventQuestions(event.id, { includeArchived: true })).find((q) => q.id === lunch.id)).toMatchObject(
      { archived: true, labelDe: 'Essen Sie mit?' },
    );
    expect((await db.registration.findUniqueOrThrow({ where: { id: reg.id } })).answers).toEqual({ [lunch.id]: 'ja' });
    await setQuestionArchived(actor, event.id, lunch.id, false);
    await moveQuestion(actor, event.id, count.id, 'up');
    expect((await getEventQuestions(event.id)).map((q) => q.id)).toEqual([count.id, lunch.id]);
    const actions = await db.auditLog.findMany({
      where: { eventId: event.id },
      orderBy: { at: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'question.create',
      'question.create',
      'question.update',
      'question.archive',
      'question.restore',
      'question.move',
    ]);
  });

  it('refuses questions of another event', async () => {
    const [a, b] = await Promise.all([createTestEvent(), createTestEvent()]);
    const q = await addQuestion(actor, a.id, form());
    await expect(setQuestionArchived(actor, b.id, q.id, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
