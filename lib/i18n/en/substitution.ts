import type { Dictionary } from '../de';

export const substitution: Dictionary['substitution'] = {};
