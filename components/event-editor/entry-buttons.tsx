'use client';

import { useEditorText } from './editor-text';

/**
 * "Nach oben" and "Entfernen" for one entry of a repeatable group (answer options, speakers); the hidden text names the
 * entry, because several buttons with the same visible label follow each other.
 */
export function EntryButtons({
  entryLabel,
  index,
  onMoveUp,
  onRemove,
  className,
}: {
  entryLabel: string;
  index: number;
  onMoveUp: () => void;
  onRemove: () => void;
  className?: string;
}) {
  const t = useEditorText().common;
  const name = `: ${entryLabel} ${index + 1}`;
  return (
    <p className={className}>
      <button type="button" className="btn btn-secondary" onClick={onMoveUp} disabled={index === 0}>
        {t.moveUp}
        <span className="visually-hidden">{name}</span>
      </button>{' '}
      <button type="button" className="btn btn-secondary" onClick={onRemove}>
        {t.remove}
        <span className="visually-hidden">{name}</span>
      </button>
    </p>
  );
}
