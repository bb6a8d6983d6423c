import { renderToStaticMarkup } from 'react-dom/server';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { EditorTextProvider } from '@/components/event-editor/editor-text';
import { InputField } from '@/components/event-editor/fields';
import { de } from '@/lib/i18n/de';
import { CheckboxField, TextAreaField, TextField } from './form-field';

const reg = (name: string): UseFormRegisterReturn => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

describe('form fields', () => {
  it('wires label, hint and error of a text field to its input', () => {
    const html = renderToStaticMarkup(
      <TextField id="t" label="Titel" required hint="Kurz" error="Fehlt" registration={reg('title')} />,
    );
    expect(html).toContain('<label for="t">Titel<span class="required-mark" aria-hidden="true"> *</span></label>');
    expect(html).toMatch(
      /<input[^>]* id="t" aria-required="true" aria-invalid="true" aria-describedby="t-hint t-error"/,
    );
    expect(html).toContain('<p id="t-error" class="error-text" aria-live="polite">Fehlt</p>');
  });

  it('passes type, inputMode and readOnly through', () => {
    const html = renderToStaticMarkup(
      <TextField id="u" label="Adresse" type="url" inputMode="url" readOnly registration={reg('url')} />,
    );
    expect(html).toMatch(/<input type="url" class="input" inputMode="url" readOnly=""/);
  });

  it('renders a textarea with the same wiring and no describedby without hint or error', () => {
    const html = renderToStaticMarkup(
      <TextAreaField id="d" label="Beschreibung" rows={6} registration={reg('description')} />,
    );
    expect(html).toMatch(/<textarea class="textarea" rows="6" id="d" name="description"><\/textarea>/);
    expect(html).not.toContain('aria-describedby');
  });

  it('describes a checkbox by its hint, shown after the label', () => {
    const html = renderToStaticMarkup(
      <CheckboxField id="c" label="Warteliste" hint="Bei voller Veranstaltung" registration={reg('waitlist')} />,
    );
    expect(html).toMatch(/<input type="checkbox" id="c" aria-describedby="c-hint"/);
    expect(html.indexOf('</label>')).toBeLessThan(html.indexOf('<p id="c-hint" class="hint">'));
  });

  it('turns autofill off in the event editor unless a field asks for it', () => {
    const inEditor = (field: React.ReactNode) =>
      renderToStaticMarkup(<EditorTextProvider text={de.editor}>{field}</EditorTextProvider>);
    expect(inEditor(<InputField id="e" label="Titel" registration={reg('title')} />)).toContain('autoComplete="off"');
    expect(
      inEditor(<InputField id="e" label="Ort" autoComplete="street-address" registration={reg('street')} />),
    ).toContain('autoComplete="street-address"');
  });
});
