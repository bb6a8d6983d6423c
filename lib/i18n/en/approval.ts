import type { Dictionary } from '../de';

export const approval: Dictionary['approval'] = {};
