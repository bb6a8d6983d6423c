import fc from 'fast-check';

// Valid-shaped values for a JSON Schema (OpenAPI 3.1 component schemas, and zod schemas through z.toJSONSchema),
// and mutations of them: what the fuzz sends where an endpoint expects a body.

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  $ref?: string;
}

type Components = Record<string, JsonSchema>;

const text = (min = 0, max = 40) => fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 60) });

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'email')
    return fc.oneof(fc.emailAddress(), fc.constant('anna.mueller@example.test')).filter((e) => e.length <= 254);
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 10_000));
    } catch {
      // A pattern fast-check cannot generate from: plain text stands in.
    }
  }
  return text(schema.minLength ?? 0, schema.maxLength ?? 60);
}

/** Values the schema accepts (as far as its shape goes; formats and patterns are approximated). */
export function arbitraryOf(schema: JsonSchema, components: Components = {}, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = components[schema.$ref.split('/').pop()!];
    return target ? arbitraryOf(target, components, depth) : fc.anything();
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryOf(s, components, depth)));
  if (schema.allOf?.length) return arbitraryOf(Object.assign({}, ...schema.allOf), components, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items && depth < 4 ? arbitraryOf(schema.items, components, depth + 1) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    default:
      return objectOf(schema, components, depth);
  }
}

function objectOf(schema: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [
        key,
        depth < 4 ? arbitraryOf(value, components, depth + 1) : fc.constant(null),
      ]),
    ),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object' || depth >= 4) return record;
  return fc
    .tuple(record, fc.dictionary(text(1, 12), arbitraryOf(extra, components, depth + 1), { maxKeys: 3 }))
    .map(([known, more]) => ({ ...more, ...known }));
}

/** Strings that have broken servers: NUL, lone surrogates, bidi and zero-width characters, C1 controls, huge text. */
export const nastyString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\u202eevil',
    '\u2066a\u2069',
    '\u200b',
    '\u0085',
    '\u001b[31m',
    '\ufeff',
    'ᅠ',
    '%ff',
    '%c0%ae',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '$$x',
    '$1',
    '$K1',
    '$Q1',
    '$nabc',
    '__proto__',
    ' ',
    '',
  ),
  fc.integer({ min: 1000, max: 300_000 }).map((n) => 'ä'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const deepNesting = fc.integer({ min: 50, max: 1000 }).map((n) => {
  let value: unknown = 'x';
  for (let i = 0; i < n; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

/** A value of the wrong kind where anything could be expected. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53 + 1, [], {}, [null]),
  fc.constant(JSON.parse('{"__proto__":{"admin":true}}') as unknown),
  deepNesting,
  fc.jsonValue({ maxDepth: 3 }),
);

function mutateAt(value: unknown, path: string[], replacement: unknown, drop: boolean): unknown {
  if (path.length === 0) return replacement;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  const [key, ...rest] = path;
  if (drop && rest.length === 0) delete copy[key!];
  else copy[key!] = mutateAt(copy[key!], rest, replacement, drop);
  return copy;
}

function paths(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (value === null || typeof value !== 'object' || depth > 4) return [prefix];
  return [prefix, ...Object.keys(value).flatMap((key) => paths((value as never)[key], [...prefix, key], depth + 1))];
}

/** The valid-shaped value as it is (about a quarter), or with one place replaced, dropped or added to. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const places = paths(value);
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant(value) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...places), nastyValue, fc.boolean())
          .map(([path, replacement, drop]) => mutateAt(value, path, replacement, drop && path.length > 0)),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'answers', 'formToken'), nastyValue)
          .map(([key, extra]) =>
            value && typeof value === 'object' && !Array.isArray(value) ? { ...value, [key]: extra } : value,
          ),
      },
    );
  });
}
