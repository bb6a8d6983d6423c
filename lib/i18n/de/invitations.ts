// Personal invitations: organizer pages, the invitee page, invitation mails (owner: invitations helper).
export const invitations = {};
