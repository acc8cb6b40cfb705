/**
 * The popover a click on a matrix cell opens: four toggles, R, A, C and I, and Clear. Every press is
 * one command, applied at once; the popover stays open so a cell can get "R/A" in two presses.
 */
import { useRef, type CSSProperties } from 'react';
import type { Letter, LetterSet } from '../../../shared/domain/board';
import { LETTERS } from '../../../shared/domain/board';
import { parseLetter } from '../../../shared/domain/letterSet';
import type { OverlayAnchor } from './overlayAnchor';
import { overlayPosition } from './overlayAnchor';

export const LETTER_NAMES: Readonly<Record<Letter, string>> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

const PICKER_WIDTH = 276;
const PICKER_HEIGHT = 132;

interface LetterPickerProps {
  readonly label: string;
  readonly letters: LetterSet;
  readonly anchor: OverlayAnchor;
  readonly onToggle: (letter: Letter) => void;
  readonly onClear: () => void;
  readonly onClose: () => void;
}

export function LetterPicker({ label, letters, anchor, onToggle, onClear, onClose }: LetterPickerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const style: CSSProperties = overlayPosition(anchor, { width: PICKER_WIDTH, height: PICKER_HEIGHT }, { width: window.innerWidth, height: window.innerHeight });

  const buttons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  return (
    <div
      ref={ref}
      className="matrix-popover matrix-picker"
      role="dialog"
      aria-label={label}
      data-matrix-overlay=""
      style={style}
      onMouseDown={(event) => {
        // A press on the popover's background must not take focus away from its buttons.
        if (!(event.target as HTMLElement).closest('button')) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          return;
        }
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          event.preventDefault();
          const all = buttons();
          const at = all.indexOf(document.activeElement as HTMLButtonElement);
          const next = all[(at + (event.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length];
          next?.focus();
          return;
        }
        if (event.key === 'Delete' || event.key === 'Backspace') {
          event.preventDefault();
          onClear();
          return;
        }
        const letter = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey ? parseLetter(event.key) : undefined;
        if (letter) {
          event.preventDefault();
          onToggle(letter);
        }
      }}
      onBlur={(event) => {
        // Closes when focus leaves the popover (Tab, or a click elsewhere).
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <p className="matrix-popover-title">{label}</p>
      <div className="matrix-picker-letters">
        {LETTERS.map((letter, i) => {
          const on = letters.includes(letter);
          return (
            <button
              key={letter}
              type="button"
              className={`matrix-toggle letter-${letter}${on ? ' is-on' : ''}`}
              aria-pressed={on}
              aria-label={LETTER_NAMES[letter]}
              title={`${LETTER_NAMES[letter]} (${letter})`}
              autoFocus={i === 0}
              onClick={() => onToggle(letter)}
            >
              <span className="matrix-toggle-letter" aria-hidden="true">
                {letter}
              </span>
              <span className="matrix-toggle-word" aria-hidden="true">
                {LETTER_NAMES[letter]}
              </span>
            </button>
          );
        })}
      </div>
      <div className="matrix-picker-foot">
        <button type="button" className="btn btn-ghost matrix-clear" onClick={onClear}>
          Clear
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
