// The registration form and the self-service pages (ticket, manage link).
export const selfService = {
  errorSummary: 'Es gibt ein Problem',
  cancelConfirm: {
    seatToWaitlist:
      'Möchten Sie Ihre Anmeldung wirklich stornieren? Ihr Platz wird an die nächste Person auf der Warteliste vergeben.',
    seatFreed: 'Möchten Sie Ihre Anmeldung wirklich stornieren? Ihr Platz wird wieder freigegeben.',
    waitlisted: 'Möchten Sie sich wirklich von der Warteliste abmelden?',
  },
};
