import fc from 'fast-check';
import { type FuzzRequest, type FuzzWorld, commonHeaders, segment } from './requests';
import { type JsonSchema, arbitraryOf, mutated, nastyValue } from './schema-arbitrary';
import type { ActionTarget } from './targets';

// Server action calls as Next's client makes them (`Next-Action` header; the arguments as React's text reply, or
// as a multipart reply when one is FormData), as a form without JavaScript posts them (`$ACTION_ID_…`), and broken
// versions of each. The public actions' arguments come from the zod schemas they parse with (z.toJSONSchema).

/** Per public action: its argument list, as arbitraries of valid-shaped values (mutated later). */
export type ActionArgs = Record<string, (world: FuzzWorld) => fc.Arbitrary<unknown[]>>;

const FORM_DATA = Symbol('form data');
/** An argument that the client sends as FormData: its entries. */
export const formData = (entries: Record<string, string>) => ({ [FORM_DATA]: entries });

// React's reply encoding: a string starting with `$` is escaped as `$$`; FormData becomes `$K<id>` plus fields.
function encodeReply(args: unknown[], escapeDollar: boolean): { root: string; fields: [string, string][] } {
  const fields: [string, string][] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return escapeDollar && value.startsWith('$') ? `$${value}` : value;
    if (value && typeof value === 'object' && FORM_DATA in value) {
      const id = fields.length + 1;
      for (const [k, v] of Object.entries((value as { [FORM_DATA]: Record<string, string> })[FORM_DATA]))
        fields.push([`_${id}_${k}`, String(v)]);
      return `$K${id.toString(16)}`;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return { root: JSON.stringify(walk(args)) ?? 'null', fields };
}

function multipart(fields: [string, string][], boundary = 'fuzzb0undary'): string {
  return fields
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('')
    .concat(`--${boundary}--\r\n`);
}

const MULTIPART = 'multipart/form-data; boundary=fuzzb0undary';

function bodyFor(
  action: ActionTarget,
  args: unknown[],
  encoding: string,
  raw: string,
): { body: string; type: string; header: boolean } {
  const { root, fields } = encodeReply(args, encoding !== 'unescaped');
  switch (encoding) {
    case 'form':
      // A form without JavaScript: its fields and the action id as a field name.
      return {
        body: multipart([
          [`$ACTION_ID_${action.id}`, ''],
          ...fields.map(([k, v]) => [k.replace(/^_\d+_/, ''), v] as [string, string]),
        ]),
        type: MULTIPART,
        header: false,
      };
    case 'broken':
      return { body: raw, type: fields.length ? MULTIPART : 'text/plain;charset=UTF-8', header: true };
    default:
      return fields.length
        ? { body: multipart([['0', root], ...fields]), type: MULTIPART, header: true }
        : { body: root, type: 'text/plain;charset=UTF-8', header: true };
  }
}

const BROKEN = [
  '',
  '[',
  '"x"',
  '{}',
  '["$1"]',
  '["$Q1"]',
  '["$nabc"]',
  '[not json',
  'garbage',
  multipart([['a', 'b']]),
];

export function actionRequest(action: ActionTarget, argsOf: ActionArgs, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const valid = argsOf[action.name]?.(world) ?? fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 });
  const page = action.page.split('/').map((part) => {
    const name = /^\[(\w+)\]$/.exec(part)?.[1];
    return name ? segment(world.params[name] ?? []) : fc.constant(part);
  });
  return fc
    .record({
      args: mutated(valid).map((v) => (Array.isArray(v) ? v : [v])),
      encoding: fc.constantFrom('reply', 'reply', 'reply', 'unescaped', 'form', 'broken'),
      raw: fc.oneof(
        fc.constantFrom(...BROKEN),
        nastyValue.map((v) => JSON.stringify(v) ?? ''),
      ),
      id: fc.constantFrom(action.id, action.id, action.id, 'deadbeef', '0'.repeat(42), `${action.id}x`),
      path: fc.tuple(...page).map((p) => p.join('/')),
      headers: commonHeaders(world),
    })
    .map((r) => {
      const { body, type, header } = bodyFor(action, r.args, r.encoding, r.raw);
      const headers: Record<string, string> = { ...r.headers, 'content-type': type, accept: 'text/x-component' };
      if (header) headers['next-action'] = r.id;
      return { target: `action ${action.name}`, method: 'POST', path: r.path, headers, body };
    });
}

/** Argument lists of the public actions, from their zod schemas as JSON Schema. */
export function publicActionArgs(schemas: { registration: JsonSchema; registrationUpdate: JsonSchema }): ActionArgs {
  const slug = (w: FuzzWorld) => fc.constantFrom(...(w.params.slug ?? ['x']));
  const token = (w: FuzzWorld) => fc.constantFrom(...(w.params.token ?? ['x']));
  const email = fc.emailAddress();
  return {
    registerAction: (w) => fc.tuple(slug(w), arbitraryOf(schemas.registration)),
    resendConfirmationAction: (w) => fc.tuple(slug(w), email),
    updateRegistrationAction: (w) => fc.tuple(token(w), arbitraryOf(schemas.registrationUpdate)),
    changeEmailAction: (w) => fc.tuple(token(w), fc.record({ email })),
    cancelRegistrationAction: (w) => fc.tuple(token(w)),
    confirmNewsletterAction: (w) => fc.tuple(token(w).map((t) => formData({ token: t }))),
    markInvitationOpenedAction: (w) => fc.tuple(token(w)),
    declineInvitationAction: (w) => fc.tuple(fc.record({ token: token(w), note: fc.string({ maxLength: 1100 }) })),
  };
}
