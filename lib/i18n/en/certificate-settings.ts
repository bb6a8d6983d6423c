import type { Dictionary } from '../de';

export const certificateSettings: Dictionary['certificates']['settings'] = {};
