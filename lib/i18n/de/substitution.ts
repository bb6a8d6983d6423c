// Handing a place to a substitute: manage page, mails, door (owner: substitutes helper).
export const substitution = {};
