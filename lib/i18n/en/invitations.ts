import type { Dictionary } from '../de';

export const invitations: Dictionary['invitations'] = {};
