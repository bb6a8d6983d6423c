import type { Dictionary } from '../de';

export const roomDoor: Dictionary['roomDoor'] = {};
