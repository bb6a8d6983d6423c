import type { Dictionary } from '../de';

export const sessionAdmin: Dictionary['sessionAdmin'] = {};
