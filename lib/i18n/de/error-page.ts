// The error boundary is a client component: it imports these two small files instead of whole dictionaries.
export const errorPage = {
  title: 'Etwas ist schiefgelaufen',
  text: 'Beim Laden der Seite ist ein Fehler aufgetreten. Das liegt nicht an Ihnen. Bitte versuchen Sie es erneut oder kommen Sie später wieder.',
  digest: 'Fehlerkennung:',
  retry: 'Erneut versuchen',
  home: 'Zur Startseite',
};
