import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { EventVenueValues } from '@/lib/events/editor-schema';
import type { EditorText } from './editor-text';
import { fieldNames } from './field-names';
import { InputField, TextAreaField } from './fields';

export type VenueFieldValues = EventVenueValues;

/** Venue name, address, room and directions (German and English). */
export function VenueFields<T extends VenueFieldValues>({
  register,
  errors,
  t,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<VenueFieldValues>;
  t: EditorText;
}) {
  const reg = register as unknown as UseFormRegister<VenueFieldValues>;
  const v = t.venue;
  const n = fieldNames(t);
  return (
    <>
      <InputField
        id="venue-name"
        label={v.name}
        required
        registration={reg('venueName')}
        error={errors.venueName?.message}
      />
      <TextAreaField
        id="venue-address"
        label={v.address}
        required
        rows={3}
        registration={reg('venueAddress')}
        error={errors.venueAddress?.message}
        hint={v.addressHint}
      />
      <InputField id="venue-room" label={v.room} registration={reg('venueRoom')} error={errors.venueRoom?.message} />
      <TextAreaField
        id="venue-directions"
        label={n.de(v.directions)}
        rows={4}
        registration={reg('venueDirections')}
        error={errors.venueDirections?.message}
        hint={v.directionsHint}
      />
      <TextAreaField
        id="venue-directions-en"
        label={n.en(v.directions)}
        rows={4}
        registration={reg('venueDirectionsEn')}
        error={errors.venueDirectionsEn?.message}
        hint={t.common.englishHint}
      />
    </>
  );
}
