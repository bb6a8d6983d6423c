import type { Dictionary } from '../de';

export const sessionLists: Dictionary['sessionLists'] = {};
