// The door screen set to a session: the room door, its counters and verdicts (owner: door helper).
export const roomDoor = {};
