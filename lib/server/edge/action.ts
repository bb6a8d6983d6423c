import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/edge/result';
import { AppError, inputError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { getLocale } from '@/lib/i18n/server';
import { type Access, authorize, type UserFor } from './access';
import { toFailure } from './failure';
import { containsNul } from './nul';

export interface ActionContext<A extends Access> {
  user: UserFor<A>;
  locale: Locale;
}

export interface ActionDefinition<A extends Access, S extends z.ZodType<unknown, unknown[]>, O> {
  access: A;
  /** Parses the action's arguments (a z.tuple); a form's values are one element of it. */
  input: S;
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<O>;
}

export type DefinedAction<A extends Access, Args extends unknown[], O> = ((
  ...args: Args
) => Promise<ActionResult<O>>) & { access: A };

/**
 * A server action: access is checked first, arguments carrying NUL are refused (PostgreSQL cannot store it), the
 * arguments are parsed once by `input`, and every expected failure (AppError, invalid input) comes back as the one
 * ActionResult in the caller's language. Anything else (a bug, redirect(), notFound()) is rethrown for Next.
 */
export function defineAction<A extends Access, S extends z.ZodType<unknown, unknown[]>, O>(
  definition: ActionDefinition<A, S, O>,
): DefinedAction<A, z.input<S>, O> {
  const action = async (...args: z.input<S>): Promise<ActionResult<O>> => {
    const locale = await getLocale();
    try {
      const user = await authorize(definition.access, { api: false });
      if (containsNul(args)) throw new AppError('INVALID_INPUT', 'invalidInput');
      const parsed = definition.input.safeParse(args);
      // The tuple position is not a field: `[1, "email"]` is the form's "email".
      if (!parsed.success) throw inputError(parsed.error.issues.map((i) => ({ ...i, path: i.path.slice(1) })));
      return { ok: true, data: await definition.run(parsed.data, { user, locale }) };
    } catch (error) {
      const failure = toFailure(error, locale);
      if (!failure) throw error;
      return failure;
    }
  };
  return Object.assign(action, { access: definition.access });
}
