'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { updateSettingsAction } from '@/lib/events/editor-actions';
import { eventSettingsSchema, type EventSettingsInput } from '@/lib/events/editor-schema';
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
  retentionDays: string;
}

/** Capacity, waiting list, registration window, reminders, photo notice and retention. */
export function SettingsForm({
  eventId,
  defaults,
  confirmedCount,
}: {
  eventId: string;
  defaults: SettingsFieldValues;
  confirmedCount: number;
}) {
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
    <form onSubmit={onSubmit} noValidate aria-label="Einstellungen">
      {status}
      <h2>Anmeldung</h2>
      <InputField
        id="settings-capacity"
        label="Plätze"
        inputMode="numeric"
        registration={register('capacity')}
        error={errors.capacity?.message}
        hint={`Leer für unbegrenzt. Bestätigt sind derzeit ${confirmedCount}; weniger geht nicht.`}
      />
      <CheckField
        id="settings-waitlist"
        label="Warteliste, wenn alle Plätze vergeben sind"
        registration={register('waitlistEnabled')}
      />
      <InputField
        id="settings-opens"
        type="datetime-local"
        label="Anmeldung ab"
        registration={register('registrationOpensAt')}
        error={errors.registrationOpensAt?.message}
        hint="Leer: sofort nach der Veröffentlichung."
      />
      <InputField
        id="settings-closes"
        type="datetime-local"
        label="Anmeldeschluss"
        registration={register('registrationClosesAt')}
        error={errors.registrationClosesAt?.message}
        hint="Leer: bis zum Ende der Veranstaltung."
      />
      <InputField
        id="settings-reminder"
        label="Erinnerungsmail (Tage vorher)"
        inputMode="numeric"
        registration={register('reminderDaysBefore')}
        error={errors.reminderDaysBefore?.message}
        hint="Leer: keine Erinnerung."
      />
      <h2>Datenschutz</h2>
      <TextAreaField
        id="settings-photo"
        label="Hinweis zu Foto- und Videoaufnahmen"
        rows={5}
        registration={register('photoNotice')}
        error={errors.photoNotice?.message}
        hint="Wird vor dem Absenden der Anmeldung angezeigt (Art. 13 DSGVO)."
      />
      <InputField
        id="settings-retention"
        label="Aufbewahrung nach der Veranstaltung (Tage)"
        required
        inputMode="numeric"
        registration={register('retentionDays')}
        error={errors.retentionDays?.message}
        hint="Danach werden die Anmeldedaten anonymisiert und die persönlichen Links ungültig."
      />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
