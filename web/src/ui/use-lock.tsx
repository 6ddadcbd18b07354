/**
 * @module A control the user may not use: disabled, not hidden, and explained twice — a visible line
 * the control points to with aria-describedby, and the same words as its tooltip.
 */
import { type ReactNode, useId } from 'react';

export interface Lock {
  readonly locked: boolean;
  /** spread on the control: title and aria-describedby when locked */
  readonly describe: { title?: string; 'aria-describedby'?: string };
  readonly noteId: string | undefined;
  /** the visible explanation, to render near the control */
  readonly note: ReactNode;
}

export function useLock(reason: string | null): Lock {
  const id = useId();
  if (reason === null) return { locked: false, describe: {}, noteId: undefined, note: null };
  return {
    locked: true,
    describe: { title: reason, 'aria-describedby': id },
    noteId: id,
    note: (
      <p id={id} className="not-allowed">
        {reason}
      </p>
    ),
  };
}
