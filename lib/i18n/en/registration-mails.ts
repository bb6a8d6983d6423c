import type { Dictionary } from '../de';

export const registrationMails: Dictionary['registrationMails'] = {};
