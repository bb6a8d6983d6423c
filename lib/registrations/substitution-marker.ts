// No imports: the door's row mapping and the manage page read it without pulling in the service.

/** `cancelledBy` of a registration whose place went to a substitute: the door and the manage page tell it apart. */
export const SUBSTITUTED_BY = 'substitute';
