import { attendeeFilterSchema } from '@/lib/attendees/filters';

// Arguments for every action and query of the role matrix (access-matrix.test.ts), kept apart from the matrix itself.

/** The fixture the matrix test creates; it fills these fields before any call. */
export const ctx = {
  unique: '',
  slug: '',
  eventId: '',
  registrationId: '',
  ticketCode: '',
  attendeeEmail: '',
  victimId: '',
};

/** Plausible arguments, so that an unguarded function would really act on the fixture data. */
export const ARGS: Record<string, () => unknown[]> = {
  'attendees/actions.ts#cancelRegistrationByOrganizerAction': () => [ctx.slug, ctx.registrationId],
  'users/actions.ts#inviteUserAction': () => [{ email: `matrix-invitee-${ctx.unique}@example.test`, role: 'admin' }],
  'users/actions.ts#changeUserRoleAction': () => [{ userId: ctx.victimId, role: 'admin' }],
  'users/actions.ts#setUserDisabledAction': () => [{ userId: ctx.victimId, disabled: true }],
  'users/actions.ts#setStaffAssignmentsAction': () => [{ userId: ctx.victimId, eventIds: [ctx.eventId] }],
  'privacy/actions.ts#erasePersonAction': () => [
    { email: ctx.attendeeEmail, confirmEmail: ctx.attendeeEmail, mode: 'delete' },
  ],
  'messages/actions.ts#sendMessageAction': () => [
    ctx.slug,
    { audience: 'confirmed', subject: 'Matrix', body: 'Hallo' },
  ],
  'messages/actions.ts#sendTestMessageAction': () => [
    ctx.slug,
    { audience: 'confirmed', subject: 'Matrix', body: 'Hallo' },
  ],
  'messages/actions.ts#previewMessageAction': () => [
    ctx.slug,
    { audience: 'confirmed', subject: 'Matrix', body: 'Hallo' },
  ],
  // The editor's actions get input that fails validation: allowed callers are then answered without changing the event.
  'events/editor-actions.ts#createEventAction': () => [{}],
  'events/editor-actions.ts#updateBasicsAction': () => [ctx.eventId, {}],
  'events/editor-actions.ts#updateVenueAction': () => [ctx.eventId, {}],
  'events/editor-actions.ts#updateSettingsAction': () => [ctx.eventId, {}],
  'events/editor-actions.ts#setPublishedAction': () => [ctx.eventId, true],
  'events/editor-actions.ts#duplicateEventAction': () => [ctx.eventId, {}],
  'events/programme-actions.ts#saveSessionAction': () => [ctx.eventId, null, {}],
  'events/programme-actions.ts#deleteSessionAction': () => [ctx.eventId, 'no-such-session'],
  'events/programme-actions.ts#saveHostAction': () => [ctx.eventId, null, new FormData()],
  'covers/actions.ts#saveCoverAction': () => [ctx.eventId, new FormData()],
  // Valid input: an unguarded certificate action would write settings and an audit entry, which the snapshot sees.
  'certificates/settings-actions.ts#saveCertificateSettingsAction': () => [ctx.eventId, { titleDe: 'Matrix' }],
  'certificates/settings-actions.ts#uploadCertificateSignatureAction': () => {
    const form = new FormData();
    form.set('signature', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 's.png'));
    return [ctx.eventId, form];
  },
  'certificates/settings-actions.ts#removeCertificateSignatureAction': () => [ctx.eventId],
  'covers/queries.ts#getCoverForEditing': () => [ctx.eventId],
  'events/programme-actions.ts#deleteHostAction': () => [ctx.eventId, 'no-such-host'],
  'events/programme-actions.ts#moveHostAction': () => [ctx.eventId, 'no-such-host', 'up'],
  'questions/editor-actions.ts#saveQuestionAction': () => [ctx.eventId, null, {}],
  'questions/editor-actions.ts#setQuestionArchivedAction': () => [ctx.eventId, 'no-such-question', true],
  'questions/editor-actions.ts#moveQuestionAction': () => [ctx.eventId, 'no-such-question', 'up'],
  'print/queries.ts#getPrintEvent': () => [ctx.slug],
  'mail-texts/queries.ts#getMailTexts': () => [ctx.eventId],
  'mail-texts/actions.ts#saveMailTextAction': () => [ctx.eventId, { kind: 'reminder', locale: 'de' }],
  'registrations/queries.ts#getRegistrationTargetForOrganizer': () => [ctx.slug],
  'invitations/queries.ts#getInvitationPage': () => [ctx.slug, {}],
  'invitations/queries.ts#getInvitationEvent': () => [ctx.slug],
  'stats/queries.ts#getStatsEvent': () => [ctx.slug],
  'sessions/queries.ts#getSessionOverview': () => [ctx.slug],
  'sessions/queries.ts#getSessionList': () => [ctx.slug, 'no-such-session'],
  'stats/queries.ts#getEventStats': () => [{ id: ctx.eventId, endsAt: new Date() }],
  'messages/queries.ts#getMessageComposer': () => [ctx.slug],
  'messages/queries.ts#getMessageList': () => [ctx.slug],
  'messages/queries.ts#getMessageDetail': () => [ctx.slug, 'no-such-message', 1],
  'messages/queries.ts#getRegistrationMails': () => [ctx.registrationId],
  'certificates/queries.ts#getRegistrationCertificate': () => [ctx.registrationId],
  // The matrix event has not ended: an allowed caller is told so, and nothing is issued or queued.
  'certificates/delivery-actions.ts#sendCertificatesAction': () => [ctx.slug, { confirmed: true }],
  'attendees/queries.ts#getAttendeePage': () => [ctx.slug, attendeeFilterSchema.parse({})],
  'attendees/actions.ts#resendRegistrationMailAction': () => [ctx.slug, ctx.registrationId],
  'attendees/actions.ts#updateRegistrationByOrganizerAction': () => [
    ctx.slug,
    ctx.registrationId,
    { firstName: 'Geändert', lastName: 'Person' },
  ],
  'attendees/actions.ts#createManualRegistrationAction': () => [
    ctx.slug,
    { firstName: 'Neu', lastName: 'Gast', email: `matrix-manual-${ctx.unique}@example.test`, guestType: 'guest' },
  ],
  'export/actions.ts#saveExportTemplateAction': () => [ctx.slug, { name: 'Matrix', columns: ['lastName'] }],
  'export/actions.ts#deleteExportTemplateAction': () => [ctx.slug, 'no-such-template'],
  'attendees/queries.ts#iterateAttendeesForExport': () => [ctx.slug, ''],
  'attendees/queries.ts#getRegistrationDetail': () => [ctx.slug, ctx.registrationId],
  'audit/queries.ts#listAuditEntries': () => [{ action: undefined, actor: undefined, event: undefined }],
  'checkin/queries.ts#getCheckinEvent': () => [ctx.slug],
  'checkin/queries.ts#getCheckinCounts': () => [ctx.eventId],
  'checkin/queries.ts#getAttendeeSnapshot': () => [ctx.eventId, null],
  'checkin/queries.ts#getCheckinConflicts': () => [ctx.eventId],
};

// Known gaps in access control, each run with it.fails so that fixing one turns it red (then remove it here).
