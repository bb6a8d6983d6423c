'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { updateAttendanceAction } from '@/lib/events/editor-actions';
import {
  ATTENDANCE_FORMATS,
  type EventAttendanceInput,
  eventAttendanceSchema,
  SESSION_CHOICES,
} from '@/lib/events/editor-attendance-schema';
import { localizeSessionAdminMessage } from '@/lib/events/session-admin-text';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { InputField } from './fields';
import { RadioGroupField } from './radio-group';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

export interface AttendanceFieldValues {
  attendanceFormat: 'onsite' | 'online' | 'hybrid';
  onlineCapacity: string;
  streamUrl: string;
  streamReleaseMinutes: string;
  sessionChoice: 'optional' | 'required';
}

const FORMAT_LABEL = { onsite: 'formatOnsite', online: 'formatOnline', hybrid: 'formatHybrid' } as const;
const CHOICE_LABEL = { optional: 'sessionChoiceOptional', required: 'sessionChoiceRequired' } as const;

/** The part "Teilnahme": on site, online or hybrid; online places, the stream and its release; session choice. */
export function AttendanceForm({
  eventId,
  defaults,
  onlineConfirmedCount,
  text,
}: {
  eventId: string;
  defaults: AttendanceFieldValues;
  onlineConfirmedCount: number;
  text: Dictionary['sessionAdmin'];
}) {
  const t = text.attendance;
  const { register, handleSubmit, setError, getValues, watch, formState } = useForm<
    AttendanceFieldValues,
    unknown,
    EventAttendanceInput
  >({ resolver: zodResolver(eventAttendanceSchema) as never, defaultValues: defaults });
  const { submit, status } = useEditorSubmit(setError);
  const onSubmit = handleSubmit(() => submit(() => updateAttendanceAction(eventId, getValues())));
  const { errors } = formState;
  const err = (message: string | undefined) => localizeSessionAdminMessage(message, text.validation);
  const online = watch('attendanceFormat') !== 'onsite';
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.formLabel}>
      {status}
      <RadioGroupField
        id="attendance-format"
        legend={t.format}
        hint={t.formatHint}
        error={err(errors.attendanceFormat?.message)}
        options={ATTENDANCE_FORMATS.map((value) => ({ value, label: t[FORMAT_LABEL[value]] }))}
        registration={register('attendanceFormat')}
      />
      {/* Hidden for an on-site event; the values stay in the form and are saved as they are. */}
      {online ? (
        <fieldset className="card">
          <legend>{t.onlineHeading}</legend>
          <InputField
            id="attendance-online-capacity"
            label={t.onlineCapacity}
            inputMode="numeric"
            registration={register('onlineCapacity')}
            error={err(errors.onlineCapacity?.message)}
            hint={fill(t.onlineCapacityHint, { n: onlineConfirmedCount })}
          />
          <InputField
            id="attendance-stream-url"
            type="url"
            label={t.streamUrl}
            registration={register('streamUrl')}
            error={err(errors.streamUrl?.message)}
            hint={t.streamUrlHint}
          />
          <InputField
            id="attendance-release"
            label={t.releaseMinutes}
            inputMode="numeric"
            registration={register('streamReleaseMinutes')}
            error={err(errors.streamReleaseMinutes?.message)}
            hint={t.releaseMinutesHint}
          />
        </fieldset>
      ) : null}
      <h2>{t.sessionsHeading}</h2>
      <RadioGroupField
        id="attendance-session-choice"
        legend={t.sessionChoice}
        hint={t.sessionChoiceHint}
        error={err(errors.sessionChoice?.message)}
        options={SESSION_CHOICES.map((value) => ({ value, label: t[CHOICE_LABEL[value]] }))}
        registration={register('sessionChoice')}
      />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
