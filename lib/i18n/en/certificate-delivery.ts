import type { Dictionary } from '../de';

export const certificateDelivery: Dictionary['certificates']['delivery'] = {};
