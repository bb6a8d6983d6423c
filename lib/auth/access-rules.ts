// Who may call each dashboard query. lib/auth/access-matrix.test.ts calls every exported function of every
// lib/**/queries.ts and fails when one is missing here, so every new query has to be classified. Server actions
// declare their access in their definition (defineAction), where the test reads it.

/**
 * public: no sign-in (a token in the link is the credential, or it is a public page's read);
 * staff: any signed-in user; checkin: organizers and admins, staff only when assigned to the event;
 * organizer: organizers and admins; admin: admins only;
 * internal: an unguarded helper that only guarded lib code calls (the test checks that no app/ or components/ file uses it).
 */
export type AccessRule = 'public' | 'internal' | 'staff' | 'checkin' | 'organizer' | 'admin';

/** Exported functions of lib/**\/queries.ts. Dashboard queries check the role themselves; public ones serve public pages. */
export const QUERY_RULES: Record<string, AccessRule> = {
  'api/queries.ts#getPublishedEventSummaries': 'public',
  'api/queries.ts#getPublishedEventRef': 'public',
  'attendees/queries.ts#getEventSummaries': 'organizer',
  'attendees/queries.ts#getAttendeePage': 'organizer',
  // Builds SQL only; getAttendeePage (guarded) runs it.
  'attendees/queries.ts#attendeePageSql': 'internal',
  'attendees/queries.ts#iterateAttendeesForExport': 'organizer',
  'attendees/queries.ts#getRegistrationDetail': 'organizer',
  'audit/queries.ts#listAuditEntries': 'admin',
  'audit/queries.ts#getAuditFilterOptions': 'admin',
  'certificates/queries.ts#getRegistrationCertificate': 'organizer',
  'checkin/queries.ts#getCheckinEvent': 'checkin',
  'checkin/queries.ts#getCheckinCounts': 'checkin',
  'checkin/queries.ts#getAttendeeSnapshot': 'checkin',
  'checkin/queries.ts#getCheckinConflicts': 'organizer',
  'checkin/queries.ts#getDoorEventCards': 'staff',
  // The captured-mail view is gated by MAIL_VIEW (off in deployments), not by a role.
  'dev-mail/queries.ts#listCapturedMails': 'public',
  'dev-mail/queries.ts#getCapturedMail': 'public',
  'dev-mail/queries.ts#getCapturedMailAttachment': 'public',
  'events/queries.ts#getEventOverviews': 'public',
  // The form's and the API's session places: public like the event page.
  'sessions/queries.ts#getBookableSessions': 'public',
  'sessions/queries.ts#getSessionOverview': 'organizer',
  'sessions/queries.ts#getSessionList': 'organizer',
  // The join link's token and the manage/ticket page's token are the credential (lib/attendance).
  'attendance/queries.ts#getJoinTarget': 'public',
  'attendance/queries.ts#getAttendance': 'public',
  'attendance/queries.ts#getAttendanceOptions': 'public',
  'events/queries.ts#getEventBySlug': 'public',
  'events/queries.ts#getEventBySlugOrThrow': 'public',
  'events/queries.ts#directionsUrl': 'public',
  // Slug to id and state only, for the route pipeline's event loader and actions; each declares its own access.
  'events/queries.ts#getEventRefBySlug': 'public',
  'events/queries.ts#getEventRefBySlugOrThrow': 'public',
  'print/queries.ts#getPrintEvent': 'organizer',
  // Building blocks of lib/print/service.ts, which the guarded print routes call.
  'print/queries.ts#printWhere': 'internal',
  'print/queries.ts#countPrintRows': 'internal',
  'print/queries.ts#printRowBatches': 'internal',
  // The session a print is for, looked up by lib/print/service.ts after the route has authorised.
  'print/queries.ts#getPrintSession': 'internal',
  'stats/queries.ts#getStatsEvent': 'organizer',
  'stats/queries.ts#getEventStats': 'organizer',
  // The unguarded aggregation behind getEventStats.
  'stats/queries.ts#aggregateEventStats': 'internal',
  'messages/queries.ts#countAudiences': 'internal',
  'mail-texts/queries.ts#getMailTexts': 'organizer',
  'messages/queries.ts#getMessageComposer': 'organizer',
  'messages/queries.ts#getMessageList': 'organizer',
  'messages/queries.ts#getMessageDetail': 'organizer',
  'messages/queries.ts#getRegistrationMails': 'organizer',
  'messages/queries.ts#getPreviewFacts': 'internal',
  'newsletter/queries.ts#getNewsletterRequest': 'public',
  'questions/queries.ts#getEventQuestions': 'public',
  'invitations/queries.ts#invitationWhere': 'internal',
  'invitations/queries.ts#getInvitationPage': 'organizer',
  'invitations/queries.ts#getInvitationEvent': 'organizer',
  'invitations/queries.ts#getInvitationByToken': 'public',
  'registrations/queries.ts#getRegistrationTarget': 'public',
  'registrations/queries.ts#getRegistrationTargetForOrganizer': 'organizer',
  'registrations/queries.ts#getTicketByCode': 'public',
  'registrations/queries.ts#findRegistrationIdByEmail': 'public',
  'users/queries.ts#listUsers': 'admin',
  'users/queries.ts#listAssignableEvents': 'admin',
  'branding/queries.ts#getBranding': 'public',
  'branding/queries.ts#getBrandingLogo': 'public',
  'legal/queries.ts#getLegalPage': 'public',
  'legal/queries.ts#getLegalPagesForEditing': 'admin',
  'legal/queries.ts#isLegalConfigured': 'public',
  'covers/queries.ts#getEventCover': 'public',
  'covers/queries.ts#getCoverForEditing': 'organizer',
  'covers/queries.ts#getCoverImage': 'public',
};
