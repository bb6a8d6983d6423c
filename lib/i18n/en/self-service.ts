import type { Dictionary } from '../de';

export const selfService: Dictionary['selfService'] = {
  errorSummary: 'There is a problem',
  cancelConfirm: {
    seatToWaitlist:
      'Do you really want to cancel your registration? Your place will go to the next person on the waiting list.',
    seatFreed: 'Do you really want to cancel your registration? Your place will be released.',
    waitlisted: 'Do you really want to leave the waiting list?',
  },
};
