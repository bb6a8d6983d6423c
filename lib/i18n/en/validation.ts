import type { Dictionary } from '../de';

export const validation: Dictionary['validation'] = {
  required: 'Please fill in this field.',
  tooLong: 'This entry is too long.',
  email: 'Please enter a valid e-mail address, e.g. name@example.com.',
  consent: 'Please agree to the processing of your data so that we can handle your registration.',
  characters: 'Please use printable characters only.',
  number: 'Please enter a whole number in the allowed range.',
  option: 'Please choose one of the options offered.',
  sameEmail: 'To confirm, please enter the same address again.',
  groupTooLarge: 'This many people cannot be registered together.',
  duplicateInGroup: 'This e-mail address is already given for another person in the group.',
};
