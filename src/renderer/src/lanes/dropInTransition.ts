/**
 * Pointer and keyboard sensors whose drop renders as a React transition.
 *
 * dnd-kit ends a drag by updating its own state (every mounted card's hook reads it) and then
 * calling onDragEnd, all inside the release event. Left as they are, those updates render at once,
 * before anything else runs: on a large board the move's write could not even open its transaction
 * until every mounted card had rendered again. Ended inside startTransition, the same updates render
 * as a transition: the write (started by onDragEnd) opens first, and the board can hold the render
 * until the write is saved (board/useHoldUntilSaved.ts). What the user sees does not change: until
 * the transition's render lands, the card stays where it was dropped.
 *
 * Escape still cancels at once: a cancel writes nothing, and the card should jump back right away.
 */
import { startTransition } from 'react';
import { KeyboardSensor, PointerSensor, type KeyboardSensorProps, type PointerSensorProps, type SensorProps } from '@dnd-kit/core';

/** `props` with its onEnd run inside startTransition. */
function endInTransition<T>(props: SensorProps<T>): SensorProps<T> {
  return { ...props, onEnd: () => startTransition(() => props.onEnd()) };
}

export class DropInTransitionPointerSensor extends PointerSensor {
  constructor(props: PointerSensorProps) {
    super(endInTransition(props));
  }
}

export class DropInTransitionKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(endInTransition(props));
  }
}
