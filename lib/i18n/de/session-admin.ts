// Event settings for modes and stream, the programme editor's bookable sessions, certificate rules (owner: organizer-settings helper).
export const sessionAdmin = {};
