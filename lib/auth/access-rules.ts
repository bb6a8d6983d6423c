// Who may call each server action and dashboard query. lib/auth/access-matrix.test.ts calls every exported
// function of every lib/**/*actions.ts and lib/**/queries.ts and fails when one is missing here, so every new
// action or query has to be classified.

/**
 * public: no sign-in (a token in the link is the credential, or it is a public page's read);
 * staff: any signed-in user; checkin: organizers and admins, staff only when assigned to the event;
 * organizer: organizers and admins; admin: admins only;
 * internal: an unguarded helper that only guarded lib code calls (the test checks that no app/ or components/ file uses it).
 */
export type AccessRule = 'public' | 'internal' | 'staff' | 'checkin' | 'organizer' | 'admin';

/** Server actions, keyed "<file relative to lib/>#<export>". */
export const ACTION_RULES: Record<string, AccessRule> = {
  'attendees/actions.ts#cancelRegistrationByOrganizerAction': 'organizer',
  'attendees/actions.ts#resendRegistrationMailAction': 'organizer',
  'attendees/actions.ts#updateRegistrationByOrganizerAction': 'organizer',
  'attendees/actions.ts#createManualRegistrationAction': 'organizer',
  'export/actions.ts#saveExportTemplateAction': 'organizer',
  'export/actions.ts#deleteExportTemplateAction': 'organizer',
  'events/editor-actions.ts#createEventAction': 'organizer',
  'events/editor-actions.ts#updateBasicsAction': 'organizer',
  'events/editor-actions.ts#updateVenueAction': 'organizer',
  'events/editor-actions.ts#updateSettingsAction': 'organizer',
  'events/editor-actions.ts#setPublishedAction': 'organizer',
  'events/editor-actions.ts#duplicateEventAction': 'organizer',
  'events/programme-actions.ts#saveSessionAction': 'organizer',
  'events/programme-actions.ts#deleteSessionAction': 'organizer',
  'events/programme-actions.ts#saveHostAction': 'organizer',
  'events/programme-actions.ts#deleteHostAction': 'organizer',
  'events/programme-actions.ts#moveHostAction': 'organizer',
  'questions/editor-actions.ts#saveQuestionAction': 'organizer',
  'questions/editor-actions.ts#setQuestionArchivedAction': 'organizer',
  'questions/editor-actions.ts#moveQuestionAction': 'organizer',
  'messages/actions.ts#sendMessageAction': 'organizer',
  'messages/actions.ts#sendTestMessageAction': 'organizer',
  'messages/actions.ts#previewMessageAction': 'organizer',
  'newsletter/actions.ts#confirmNewsletterAction': 'public',
  'registrations/actions.ts#registerAction': 'public',
  'registrations/actions.ts#resendConfirmationAction': 'public',
  'registrations/manage-actions.ts#updateRegistrationAction': 'public',
  'registrations/manage-actions.ts#changeEmailAction': 'public',
  'registrations/manage-actions.ts#cancelRegistrationAction': 'public',
  'users/actions.ts#inviteUserAction': 'admin',
  'users/actions.ts#changeUserRoleAction': 'admin',
  'users/actions.ts#setUserDisabledAction': 'admin',
  'users/actions.ts#setStaffAssignmentsAction': 'admin',
  'privacy/actions.ts#erasePersonAction': 'admin',
};

/** Exported functions of lib/**\/queries.ts. Dashboard queries check the role themselves; public ones serve public pages. */
export const QUERY_RULES: Record<string, AccessRule> = {
  'api/queries.ts#getPublishedEventSummaries': 'public',
  'attendees/queries.ts#getEventSummaries': 'organizer',
  'attendees/queries.ts#getAttendeePage': 'organizer',
  // Builds SQL only; getAttendeePage (guarded) runs it.
  'attendees/queries.ts#attendeePageSql': 'internal',
  'attendees/queries.ts#iterateAttendeesForExport': 'organizer',
  'attendees/queries.ts#getRegistrationDetail': 'organizer',
  'audit/queries.ts#listAuditEntries': 'admin',
  'audit/queries.ts#getAuditFilterOptions': 'admin',
  'checkin/queries.ts#getCheckinEvent': 'checkin',
  'checkin/queries.ts#getCheckinCounts': 'checkin',
  'checkin/queries.ts#getAttendeeSnapshot': 'checkin',
  'checkin/queries.ts#getCheckinConflicts': 'organizer',
  'checkin/queries.ts#getCheckinEventsFor': 'staff',
  // The captured-mail view is gated by MAIL_VIEW (off in deployments), not by a role.
  'dev-mail/queries.ts#listCapturedMails': 'public',
  'dev-mail/queries.ts#getCapturedMail': 'public',
  'dev-mail/queries.ts#getCapturedMailAttachment': 'public',
  'events/queries.ts#getEventOverviews': 'public',
  'events/queries.ts#getEventBySlug': 'public',
  'events/queries.ts#getEventBySlugOrThrow': 'public',
  'events/queries.ts#directionsUrl': 'public',
  // Slug to id and state only, for the route pipeline's event loader; the route then checks its access.
  'events/queries.ts#getEventRefBySlug': 'public',
  'events/queries.ts#getEventRefBySlugOrThrow': 'public',
  'print/queries.ts#getPrintEvent': 'organizer',
  // Building blocks of lib/print/service.ts, which the guarded print routes call.
  'print/queries.ts#printWhere': 'internal',
  'print/queries.ts#countPrintRows': 'internal',
  'print/queries.ts#printRowBatches': 'internal',
  'stats/queries.ts#getStatsEvent': 'organizer',
  'stats/queries.ts#getEventStats': 'organizer',
  // The unguarded aggregation behind getEventStats.
  'stats/queries.ts#aggregateEventStats': 'internal',
  'messages/queries.ts#countAudiences': 'internal',
  'messages/queries.ts#getMessageComposer': 'organizer',
  'messages/queries.ts#getMessageList': 'organizer',
  'messages/queries.ts#getMessageDetail': 'organizer',
  'messages/queries.ts#getRegistrationMails': 'organizer',
  'messages/queries.ts#getPreviewFacts': 'internal',
  'newsletter/queries.ts#getNewsletterRequest': 'public',
  'questions/queries.ts#getEventQuestions': 'public',
  'registrations/queries.ts#getRegistrationTarget': 'public',
  'registrations/queries.ts#getRegistrationTargetForOrganizer': 'organizer',
  'registrations/queries.ts#getTicketByCode': 'public',
  'registrations/queries.ts#findRegistrationIdByEmail': 'public',
  'users/queries.ts#listUsers': 'admin',
  'users/queries.ts#listAssignableEvents': 'admin',
  'users/queries.ts#getDoorEvents': 'staff',
};
