// What a server action's body may look like before Next decodes it. Next hands the body to React's decodeReply /
// decodeAction, which throw on anything the React client would never send (bad JSON, a multipart body without
// its root field, a reference to a row that does not exist, a malformed BigInt), and each throw becomes a 500.
// The app's actions take plain values and FormData only, so the rules below are what React's client encodes for
// those; anything else is refused before Next sees it.
import { createRequire } from 'node:module';

/** next.config.ts `serverActions.bodySizeLimit`; beyond it Next throws, which a fetch action answers with 500. */
export const ACTION_BODY_LIMIT_BYTES = 1100 * 1024;
const MAX_DEPTH = 64;

// React escapes a string that starts with `$` as `$$`; the other `$` forms here are values without JSON
// (undefined, -0, NaN, ±Infinity, dates). `$K<id>` is a FormData argument, only possible in a multipart body.
const PLAIN_SPECIAL = /^\$(\$[\s\S]*|undefined|-0|NaN|Infinity|-Infinity|D[\s\S]*)?$/;
const FORM_DATA_REF = /^\$K[0-9a-f]{1,8}$/;

function plainReply(value: unknown, multipart: boolean, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string')
    return (
      !value.startsWith('$') ||
      (value !== '$' && (PLAIN_SPECIAL.test(value) || (multipart && FORM_DATA_REF.test(value))))
    );
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every((v) => plainReply(v, multipart, depth + 1));
}

/** A reply root: a JSON array of the action's arguments (encodeReply always encodes the argument list). */
function replyRootIsPlain(text: string, multipart: boolean): boolean {
  try {
    const root: unknown = JSON.parse(text);
    return Array.isArray(root) && plainReply(root, multipart);
  } catch {
    return false;
  }
}

interface Busboy {
  on(event: 'field', listener: (name: string, value: string) => void): Busboy;
  on(event: 'file', listener: (name: string, stream: NodeJS.ReadableStream) => void): Busboy;
  on(event: 'error', listener: (error: unknown) => void): Busboy;
  on(event: 'close', listener: () => void): Busboy;
  end(body: Buffer): void;
}
// The multipart parser Next feeds a fetch action's body to (a form action's goes through Request.formData()).
const busboy = createRequire(import.meta.url)('next/dist/compiled/busboy') as (options: object) => Busboy;

/** The fields of a fetch action's multipart body (files by name only), as Next's parser reads them. */
function fetchActionFields(contentType: string, body: Buffer): Promise<Map<string, string | null> | null> {
  return new Promise((resolve) => {
    const fields = new Map<string, string | null>();
    try {
      busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { fieldSize: body.length } })
        .on('field', (name, value) => fields.set(name, value))
        .on('file', (name, stream) => {
          fields.set(name, null);
          stream.resume();
        })
        .on('error', () => resolve(null))
        .on('close', () => resolve(fields))
        .end(body);
    } catch {
      resolve(null);
    }
  });
}

/** The fields of a form action's body, as Next reads them (Request.formData()). */
async function formDataOf(contentType: string, body: Buffer): Promise<FormData | null> {
  try {
    return await new Request('http://localhost/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    return null;
  }
}

export type ActionBodyProblem = 'tooLarge' | 'malformed';

/**
 * Checks the body of a request Next would treat as a server action: a fetch action (`Next-Action` header, its
 * arguments as a text reply or a multipart reply) or a multipart form POSTed to a page (a progressive-enhancement
 * form action). Null when Next can decode it.
 */
export async function actionBodyProblem(
  contentType: string | undefined,
  fetchAction: boolean,
  body: Buffer,
): Promise<ActionBodyProblem | null> {
  if (body.length > ACTION_BODY_LIMIT_BYTES) return 'tooLarge';
  const multipart = contentType?.toLowerCase().startsWith('multipart/form-data') ?? false;
  if (!multipart) {
    // A form-encoded POST without the header is no action to Next; any other fetch action body is a text reply.
    if (!fetchAction) return null;
    return replyRootIsPlain(body.toString('utf8'), false) ? null : 'malformed';
  }
  if (fetchAction) {
    const fields = await fetchActionFields(contentType!, body);
    // Root field `0`, and the entries of FormData arguments as `_<id>_<name>` (decimal id).
    const root = fields?.get('0');
    if (typeof root !== 'string' || !replyRootIsPlain(root, true)) return 'malformed';
    for (const key of fields!.keys()) if (key !== '0' && !/^_\d{1,8}_/.test(key)) return 'malformed';
    return null;
  }
  const form = await formDataOf(contentType!, body);
  if (!form) return 'malformed';
  // A form action: its fields are the form's own, plus the `$ACTION_…` metadata React decodes as JSON.
  for (const [key, value] of form.entries()) {
    if (!/^\$ACTION_\d+:\d+$/.test(key)) continue;
    if (typeof value !== 'string') return 'malformed';
    try {
      JSON.parse(value);
    } catch {
      return 'malformed';
    }
  }
  return null;
}
