// `{name}` placeholders in organizer-written texts (mail texts, certificates). Each text kind has its own table of
// accepted names (German and English) and the value each stands for; unknown names are refused by the schemas.

const TOKEN = /\{([^{}\s]*)\}/g;

export interface Placeholders<Key extends string> {
  /** Every accepted name, for editors and error messages. */
  names: string[];
  /** Every `{name}` in the text that is not accepted, once each, in order of appearance. */
  unknown(text: string): string[];
  /** Replaces the accepted placeholders with their values; values are inserted as they are, never re-parsed. */
  fill(text: string, values: Record<Key, string>): string;
}

export function definePlaceholders<const T extends Record<string, string>>(table: T): Placeholders<T[keyof T]> {
  const accepted = (name: string): name is Extract<keyof T, string> => Object.hasOwn(table, name);
  return {
    names: Object.keys(table),
    unknown(text) {
      const names = [...text.matchAll(TOKEN)].map((m) => m[1] ?? '').filter((n) => !accepted(n));
      return [...new Set(names)];
    },
    fill(text, values) {
      return text.replace(TOKEN, (whole, name: string) => (accepted(name) ? values[table[name]] : whole));
    },
  };
}
