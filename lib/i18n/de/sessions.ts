// Bookable sessions and attendance modes for attendees: form, manage page, join page, mails (owner: attendee helper).
export const sessions = {};
