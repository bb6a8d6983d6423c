import type { FieldValues, Resolver } from 'react-hook-form';

type Issue = { code: string; path: PropertyKey[]; message: string; errors?: Issue[][] };
type SafeParser<O> = {
  safeParse(data: unknown): { success: true; data: O } | { success: false; error: { issues: Issue[] } };
};
type ErrorNode = { [key: string]: ErrorNode | string | undefined; type?: string; message?: string };

/** For a failed union, the message of the branch that came closest (fewest issues): the one meant for the input. */
function messageOf(issue: Issue): string {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue.message;
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return closest[0]?.message ?? issue.message;
}

function child(node: ErrorNode, key: string): ErrorNode {
  node[key] ??= {};
  return node[key] as ErrorNode;
}

/**
 * A react-hook-form resolver over any zod (or zod/mini) schema's safeParse: the first issue of each path becomes that
 * field's error, nested as react-hook-form reads it. @hookform/resolvers' zodResolver does the same with more code
 * for zod 3 and criteria modes this form does not use, all of which the browser would download.
 */
export function schemaResolver<V extends FieldValues, O>(schema: SafeParser<O>): Resolver<V, unknown, O> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: ErrorNode = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const last = path.pop() ?? '';
      const leaf = [...path, last].reduce(child, errors);
      if (leaf.message === undefined) Object.assign(leaf, { type: issue.code, message: messageOf(issue) });
    }
    return { values: {}, errors: errors as never };
  };
}
