// Per-session lists, counts, exports, sign-in sheets, badges and statistics by mode (owner: organizer-lists helper).
export const sessionLists = {};
