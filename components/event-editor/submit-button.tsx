/** The editor's save button; disabled while the action runs. */
export function SubmitButton({
  pending,
  label = 'Speichern',
  pendingLabel = 'Wird gespeichert …',
}: {
  pending: boolean;
  label?: string;
  pendingLabel?: string;
}) {
  return (
    <p>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </p>
  );
}
