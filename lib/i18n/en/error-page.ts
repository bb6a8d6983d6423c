import type { errorPage as de } from '../de/error-page';

export const errorPage: typeof de = {
  title: 'Something went wrong',
  text: 'An error occurred while loading the page. It is not your fault. Please try again or come back later.',
  digest: 'Error reference:',
  retry: 'Try again',
  home: 'To the home page',
};
