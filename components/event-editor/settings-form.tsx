'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { updateSettingsAction } from '@/lib/events/editor-actions';
import { eventSettingsSchema, type EventSettingsInput } from '@/lib/events/editor-schema';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { AccessFields } from './access-fields';
import { useEditorText } from './editor-text';
import { fieldNames } from './field-names';
import { CheckField, InputField, TextAreaField } from './fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

export interface SettingsFieldValues {
  capacity: string;
  waitlistEnabled: boolean;
  registrationOpensAt: string;
  registrationClosesAt: string;
  reminderDaysBefore: string;
  photoNotice: string;
  photoNoticeEn: string;
  retentionDays: string;
  invitationOnly: boolean;
  approvalRequired: boolean;
  approvalOverflow: 'waitlist' | 'refuse';
  reservedSeats: string;
  reservedReleaseAt: string;
  maxGroupSize: string;
}

/** Capacity, waiting list, registration window, reminders, access (approval, contingent, groups), privacy. */
export function SettingsForm({
  eventId,
  defaults,
  confirmedCount,
  approvalText,
}: {
  eventId: string;
  defaults: SettingsFieldValues;
  confirmedCount: number;
  approvalText: Dictionary['approval'];
}) {
  const text = useEditorText();
  const t = text.settings;
  const n = fieldNames(text);
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    SettingsFieldValues,
    unknown,
    EventSettingsInput
  >({
    resolver: zodResolver(eventSettingsSchema) as never,
    defaultValues: defaults,
  });
  const { submit, status } = useEditorSubmit(setError);
  const onSubmit = handleSubmit(() => submit(() => updateSettingsAction(eventId, getValues())));
  const { errors } = formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.formLabel}>
      {status}
      <h2>{t.registration}</h2>
      <InputField
        id="settings-capacity"
        label={t.capacity}
        inputMode="numeric"
        registration={register('capacity')}
        error={errors.capacity?.message}
        hint={fill(t.capacityHint, { n: confirmedCount })}
      />
      <CheckField id="settings-waitlist" label={t.waitlist} registration={register('waitlistEnabled')} />
      <InputField
        id="settings-opens"
        type="datetime-local"
        label={t.opensAt}
        registration={register('registrationOpensAt')}
        error={errors.registrationOpensAt?.message}
        hint={t.opensAtHint}
      />
      <InputField
        id="settings-closes"
        type="datetime-local"
        label={t.closesAt}
        registration={register('registrationClosesAt')}
        error={errors.registrationClosesAt?.message}
        hint={t.closesAtHint}
      />
      <InputField
        id="settings-reminder"
        label={t.reminder}
        inputMode="numeric"
        registration={register('reminderDaysBefore')}
        error={errors.reminderDaysBefore?.message}
        hint={t.reminderHint}
      />
      <AccessFields register={register} errors={errors} t={approvalText} />
      <h2>{t.privacy}</h2>
      <TextAreaField
        id="settings-photo"
        label={n.de(t.photoNotice)}
        rows={5}
        registration={register('photoNotice')}
        error={errors.photoNotice?.message}
        hint={t.photoNoticeHint}
      />
      <TextAreaField
        id="settings-photo-en"
        label={n.en(t.photoNotice)}
        rows={5}
        registration={register('photoNoticeEn')}
        error={errors.photoNoticeEn?.message}
        hint={text.common.englishHint}
      />
      <InputField
        id="settings-retention"
        label={t.retention}
        required
        inputMode="numeric"
        registration={register('retentionDays')}
        error={errors.retentionDays?.message}
        hint={t.retentionHint}
      />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
