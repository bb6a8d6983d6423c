// Validates real answers of the API against its OpenAPI document with a JSON Schema validator (ajv, draft
// 2020-12, the dialect of OpenAPI 3.1), so a handler cannot answer what the document does not describe.
import Ajv2020 from 'ajv/dist/2020';
import { expect } from 'vitest';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { HTTP_STATUS } from '@/lib/errors';

interface DocumentedResponse {
  content?: Record<string, { schema: object }>;
  headers?: Record<string, { schema: object }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, DocumentedResponse>;
}
export const doc = buildOpenApiDocument('http://localhost');
export const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item as Record<string, unknown>)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), ...(op as Operation) })),
);
export const byId = Object.fromEntries(operations.map((op) => [op.operationId, op]));

// The document is one schema resource, so `#/components/schemas/…` resolves; each response schema is a $def of it.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date-time', { validate: (s: string) => /^\d{4}-\d\d-\d\dT/.test(s) && !Number.isNaN(Date.parse(s)) });
ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
const defs: Record<string, object> = {};
for (const op of operations)
  for (const [status, response] of Object.entries(op.responses)) {
    const schema = response.content?.['application/json']?.schema;
    if (schema) defs[`${op.operationId}-${status}`] = schema;
    for (const [name, header] of Object.entries(response.headers ?? {}))
      defs[`${op.operationId}-${status}-${name}`] = header.schema;
  }
ajv.addSchema({ ...structuredClone(doc), $id: 'openapi.json', $defs: defs });
const validator = (name: string) => ajv.getSchema(`openapi.json#/$defs/${encodeURIComponent(name)}`)!;

/** How often each `operationId status` pair was checked, for the summary line. */
export const seen = new Map<string, number>();

/** Checks one real answer against the operation's documented status, media type, body schema and headers. */
export async function expectDocumented(operationId: string, res: Response): Promise<void> {
  const status = String(res.status);
  const where = `${operationId} ${status}`;
  const key = `${operationId}-${status}`;
  const documented = byId[operationId]?.responses[status];
  expect(documented, `${where} is documented`).toBeDefined();
  seen.set(where, (seen.get(where) ?? 0) + 1);
  expect(res.headers.get('content-type') ?? '', where).toMatch(/^application\/json\b/);
  const body: unknown = await res.json();
  const validate = validator(key);
  expect(validate(body), `${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body)}`).toBe(true);
  if (res.status >= 400)
    expect(HTTP_STATUS[(body as { error: { code: 'NOT_FOUND' } }).error.code], where).toBe(res.status);
  for (const name of Object.keys(documented!.headers ?? {})) {
    const raw = res.headers.get(name);
    expect(raw, `${where} header ${name}`).not.toBeNull();
    const value = /^\d+$/.test(raw!) ? Number(raw) : raw;
    expect(validator(`${key}-${name}`)(value), `${where} header ${name}: ${raw}`).toBe(true);
  }
}
