// Mails of the registration core: pending review, rejection, approval notes, group summary (owner: core helper).
export const registrationMails = {};
