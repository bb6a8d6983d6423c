import type { Dictionary } from '../de';

export const auth: Dictionary['auth'] = {
  signIn: {
    title: 'Sign in',
    heading: 'Sign in to Tagungsbüro',
    intro:
      'The organiser area is for the organising team. Enter your e-mail address and we will send you a sign-in link. You do not need a password.',
    email: 'E-mail',
    emailHint: 'The address your Tagungsbüro access was set up for.',
    emailMissing: 'Please enter your e-mail address.',
    emailInvalid: 'Please enter a valid e-mail address, e.g. name@example.com.',
    offline: 'The server cannot be reached right now. Please check your connection and try again.',
    submit: 'Send sign-in link',
    sending: 'Sending …',
  },
  signInErrors: {
    EmailSignin: 'The sign-in link could not be sent just now. Please try again in a few minutes.',
    Verification: 'This sign-in link has expired or has already been used. Please request a new one.',
    AccessDenied: 'No access has been set up for this address.',
    generic: 'Signing in did not work. Please try again or contact the organising team.',
  },
  checkEmail: {
    title: 'Check your inbox',
    sent: 'If access has been set up for this address, we have sent you a sign-in link. The link is valid for {minutes} minutes and can be used once.',
    noMail: 'No e-mail? Please also look in your spam folder, or request a new link.',
    again: 'Request a new sign-in link',
  },
  forbidden: {
    title: 'No access',
    text: 'You do not have permission to view this page. If you think you should have access, please contact a Tagungsbüro administrator.',
    toDoor: 'To the entrance',
    toHome: 'To the home page',
  },
};
