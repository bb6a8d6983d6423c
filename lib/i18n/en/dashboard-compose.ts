import type { Dictionary } from '../de';

export const dashboardCompose: Dictionary['dashboard']['compose'] = {
  audience: 'Audience',
  audienceHint: 'Cancelled registrations never receive a message. Each person gets an e-mail of their own.',
  subject: 'Subject',
  subjectHint: 'The name and date of the event are added automatically.',
  salutation: 'Salutation',
  salutationAuto: 'Automatic salutation (Dear Dr … / Sehr geehrte Frau Dr. …)',
  salutationOwn: 'My own salutation in the text (no salutation is put in front)',
  body: 'Message',
  bodyHint:
    'Plain text; a blank line starts a new paragraph. The link to the registration is added, the salutation as chosen. {n} of {max} characters.',
  preview: 'Preview',
  test: 'Send a test mail to me',
  send: 'Send to {recipients}',
  testHint: 'The test mail goes only to {email}, with sample data instead of a real person.',
  nobody: 'This selection currently reaches no one.',
  'progress.preview': 'Creating the preview …',
  'progress.test': 'Queueing the test mail …',
  'progress.send': 'Queueing the message …',
  unexpected: 'That did not work. Please try again.',
  testQueued: 'The test mail to {email} is queued and will arrive shortly.',
  sendQueued: 'The message is queued for {recipients}. Opening the delivery …',
  confirm:
    'Send the message to {recipients} (“{audience}”) now? Each person receives an e-mail of their own; this cannot be undone.',
  confirmYes: 'Yes, send to {recipients}',
  sending: 'Sending …',
  cancel: 'Cancel',
  previewIntro:
    'This is how {name} ({who}) receives the message. In the preview, the link to the registration is a placeholder.',
  previewFirst: 'first person of the selection',
  previewSample: 'sample data: the selection currently reaches no one',
  previewSubject: 'Subject',
  previewHtml: 'HTML version',
  previewFrame: 'Preview of the e-mail (HTML version)',
  previewText: 'Text version',
};
