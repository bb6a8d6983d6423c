'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { localizeSessionAdminMessage } from '@/lib/events/session-admin-text';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { CheckField, InputField } from './fields';

export interface SessionBookingValues {
  bookable: boolean;
  capacity: string;
  waitlistEnabled: boolean;
}

interface Props {
  id: (name: string) => string;
  registrations: Record<keyof SessionBookingValues, UseFormRegisterReturn>;
  errors: { bookable?: string; capacity?: string };
  /** Places taken by confirmed bookings (0 for a new session). */
  booked: number;
  bookable: boolean;
  text: Dictionary['sessionAdmin'];
}

/** Whether a programme item is a workshop with its own places and waiting list (issue #17). */
export function SessionBookingFields({ id, registrations, errors, booked, bookable, text }: Props) {
  const t = text.programme;
  const err = (message: string | undefined) => localizeSessionAdminMessage(message, text.validation);
  return (
    <fieldset className="card">
      <legend>{t.bookingHeading}</legend>
      <CheckField
        id={id('bookable')}
        label={t.bookable}
        hint={t.bookableHint}
        error={err(errors.bookable)}
        registration={registrations.bookable}
      />
      {/* Places and the waiting list belong to bookable sessions only; the schema clears them otherwise. */}
      {bookable ? (
        <>
          <InputField
            id={id('capacity')}
            label={t.capacity}
            inputMode="numeric"
            registration={registrations.capacity}
            error={err(errors.capacity)}
            hint={booked > 0 ? fill(t.capacityHintBooked, { n: booked }) : t.capacityHint}
          />
          <CheckField
            id={id('waitlist')}
            label={t.waitlist}
            hint={t.waitlistHint}
            registration={registrations.waitlistEnabled}
          />
        </>
      ) : null}
    </fieldset>
  );
}
