import type { Dictionary } from '../de';

export const sessions: Dictionary['sessions'] = {};
