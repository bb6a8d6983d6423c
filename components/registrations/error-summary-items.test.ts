import { describe, expect, it } from 'vitest';
import { errorAt, summaryItems } from './error-summary-items';

const fields = [
  { name: 'salutation', targetId: 'salutation', label: 'Anrede' },
  { name: 'firstName', targetId: 'firstName', label: 'Vorname' },
  { name: 'lastName', targetId: 'lastName', label: 'Nachname' },
  { name: 'email', targetId: 'email', label: 'E-Mail' },
  { name: 'answers.q1', targetId: 'q-q1', label: 'Workshop' },
  { name: 'consents.privacy', targetId: 'consent-privacy', label: 'Einwilligung' },
];

describe('summaryItems', () => {
  it('lists errors in form order, whatever order the errors object has', () => {
    // react-hook-form keeps errors in the order fields registered, which need not be the screen's.
    const errors = {
      email: { message: 'email' },
      consents: { privacy: { message: 'consent' } },
      lastName: { message: 'required' },
      firstName: { message: 'required' },
    };
    const items = summaryItems(errors, fields, (m) => `T:${m}`);
    expect(items.map((i) => i.name)).toEqual(['firstName', 'lastName', 'email', 'consents.privacy']);
    expect(items[0]).toEqual({ name: 'firstName', targetId: 'firstName', label: 'Vorname', message: 'T:required' });
  });

  it('reads nested answers and a group message that stands for its child', () => {
    const errors = { answers: { q1: { message: 'option' } }, consents: { message: 'consent' } };
    expect(summaryItems(errors, fields, (m) => m).map((i) => [i.targetId, i.message])).toEqual([
      ['q-q1', 'option'],
      ['consent-privacy', 'consent'],
    ]);
  });

  it('is empty without errors and drops messages the translator cannot place', () => {
    expect(summaryItems({}, fields, (m) => m)).toEqual([]);
    expect(summaryItems(undefined, fields, (m) => m)).toEqual([]);
    expect(summaryItems({ email: { message: 'x' } }, fields, () => undefined)).toEqual([]);
  });
});

describe('errorAt', () => {
  it('ignores empty and non-string messages', () => {
    expect(errorAt({ email: { message: '' } }, 'email')).toBeUndefined();
    expect(errorAt({ email: { message: 3 } }, 'email')).toBeUndefined();
    expect(errorAt({ email: { message: 'required' } }, 'email')).toBe('required');
  });
});
