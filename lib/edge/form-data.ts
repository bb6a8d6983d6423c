// Readers for the multipart forms that carry an upload (host logo, cover image, organizer logo): FormData gives
// strings, Files or null, and the schemas want plain values.

/** A text field's value, or '' when it is missing or a file. */
export function formText(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
}

/** A ticked checkbox. */
export function formChecked(form: FormData, key: string): boolean {
  return formText(form, key) === 'on';
}

/** The uploaded file, or null when none was chosen (browsers send an empty file then). */
export function formFile(form: FormData, key: string): File | null {
  const value = form.get(key);
  return value instanceof File && value.size > 0 ? value : null;
}
