// Approval, the invitees' contingent, invitation-only, groups of colleagues: settings, dashboard and public pages (owner: organizer-ui helper).
export const approval = {};
