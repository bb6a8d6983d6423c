import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { eventBasicsSchema } from './editor-schema';
import { localizeSchemaMessage, maxChars, schemaMessages } from './validation-text';

const english = en.editor.validation;

describe('localizeSchemaMessage', () => {
  it('turns the schemas’ German messages into English, placeholders included', () => {
    expect(localizeSchemaMessage(schemaMessages.titleRequired, english)).toBe('Please give a title.');
    expect(localizeSchemaMessage(maxChars(300), english)).toBe('At most 300 characters.');
  });

  it('translates what the basics schema really reports', () => {
    const parsed = eventBasicsSchema.safeParse({ title: ' ', slug: 'Mit Leerzeichen', startsAt: '', endsAt: '' });
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => localizeSchemaMessage(i.message, english));
    expect(messages).toContain('Please give a title.');
    expect(messages).toContain('Only lower-case letters a–z, digits and single hyphens.');
    expect(messages.some((m) => /[äöüß]|Bitte/.test(m ?? ''))).toBe(false);
  });

  it('leaves other texts (already translated server texts) and empty errors alone', () => {
    expect(localizeSchemaMessage('This short address is taken.', english)).toBe('This short address is taken.');
    expect(localizeSchemaMessage(undefined, english)).toBeUndefined();
  });
});
