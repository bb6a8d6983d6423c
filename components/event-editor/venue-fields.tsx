import type { EventVenueValues } from '@/lib/events/editor-schema';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { InputField, TextAreaField } from './fields';

export type VenueFieldValues = EventVenueValues;

/** Venue name, address, room and directions. */
export function VenueFields<T extends VenueFieldValues>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<VenueFieldValues>;
}) {
  const reg = register as unknown as UseFormRegister<VenueFieldValues>;
  return (
    <>
      <InputField
        id="venue-name"
        label="Veranstaltungsort"
        required
        registration={reg('venueName')}
        error={errors.venueName?.message}
      />
      <TextAreaField
        id="venue-address"
        label="Adresse"
        required
        rows={3}
        registration={reg('venueAddress')}
        error={errors.venueAddress?.message}
        hint="Straße, PLZ und Ort; erscheint in Mails, Kalenderdatei und Kartenlink."
      />
      <InputField id="venue-room" label="Raum" registration={reg('venueRoom')} error={errors.venueRoom?.message} />
      <TextAreaField
        id="venue-directions"
        label="Anfahrt"
        rows={4}
        registration={reg('venueDirections')}
        error={errors.venueDirections?.message}
        hint="Wird in der Erinnerungsmail mitgeschickt."
      />
    </>
  );
}
