import { fill } from '@/lib/i18n/config';
import { editor } from '@/lib/i18n/de/editor';

type ValidationText = typeof editor.validation;
type ValidationKey = keyof ValidationText;

/** The German messages the editor's schemas report; the German dictionary is their one source. */
export const schemaMessages: ValidationText = editor.validation;

/** "Höchstens {max} Zeichen." for a length limit. */
export function maxChars(max: number): string {
  return fill(schemaMessages.maxChars, { max });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each German template as a pattern, placeholders captured by name ("Höchstens (?<max>.+?) Zeichen.").
const PATTERNS = (Object.keys(schemaMessages) as ValidationKey[]).map((key) => ({
  key,
  pattern: new RegExp(
    `^${escapeRegExp(schemaMessages[key]).replace(/\\\{(\w+)\\\}/g, (_, name: string) => `(?<${name}>.+?)`)}$`,
  ),
}));

/**
 * A schema message in the editor's language. The schemas report German text (the same on server and client);
 * a message that is no schema message (e.g. a server text already translated) stays as it is.
 */
export function localizeSchemaMessage(message: string | undefined, text: ValidationText): string | undefined {
  if (!message) return message;
  for (const { key, pattern } of PATTERNS) {
    const match = message.match(pattern);
    if (match) return fill(text[key], match.groups ?? {});
  }
  return message;
}
