import type { ActionResult } from '@/lib/edge/result';
import { ActionButton } from './action-button';
import type { EditorText } from './editor-text';

type MoveAction = () => Promise<ActionResult<unknown>>;

/** "Nach oben" / "Nach unten" for one item of an ordered list; the first item cannot move up, the last not down. */
export function MoveButtons({
  itemName,
  index,
  count,
  moveUp,
  moveDown,
  t,
}: {
  t: EditorText;
  itemName: string;
  index: number;
  count: number;
  moveUp: MoveAction;
  moveDown: MoveAction;
}) {
  return (
    <>
      {index > 0 ? <ActionButton label={t.common.moveUp} itemName={itemName} action={moveUp} /> : null}
      {index < count - 1 ? <ActionButton label={t.common.moveDown} itemName={itemName} action={moveDown} /> : null}
    </>
  );
}
