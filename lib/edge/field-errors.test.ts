import { describe, expect, it } from 'vitest';
import { fieldErrorKeys, fieldOfPath } from './field-errors';

describe('fieldOfPath', () => {
  it('keeps what the single registration form always got', () => {
    expect(fieldOfPath([])).toBe('_form');
    expect(fieldOfPath(['email'])).toBe('email');
    expect(fieldOfPath(['consents', 'privacy'])).toBe('consents');
    expect(fieldOfPath(['answers', 'q1'])).toBe('answers.q1');
    expect(fieldOfPath(['answers', 'q1', 0])).toBe('answers.q1');
  });

  it("keeps the group form's people apart: submitter and each member", () => {
    expect(fieldOfPath(['submitter', 'email'])).toBe('submitter.email');
    expect(fieldOfPath(['members', 2, 'email'])).toBe('members.2.email');
    expect(fieldOfPath(['members', 0, 'answers', 'q1'])).toBe('members.0.answers.q1');
    expect(fieldOfPath(['members'])).toBe('members');
  });

  it('reports a duplicate member address at that member', () => {
    expect(fieldErrorKeys([{ path: ['members', 1, 'email'], message: 'duplicateInGroup' }])).toEqual({
      'members.1.email': 'duplicateInGroup',
    });
  });
});
