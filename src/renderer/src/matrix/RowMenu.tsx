/**
 * The actions of one matrix row (rename, move, file under a group, delete), opened from the row's
 * "⋯" button, a right click, or Shift+F10 / the Menu key. A standard menu: arrows move, Enter or
 * Space choose, Escape or Tab close, and focus goes back to the row.
 */
import { useEffect, useRef } from 'react';
import { overlayPosition, type OverlayAnchor } from './overlayAnchor';

export type MenuEntry =
  | {
      readonly kind: 'item';
      readonly label: string;
      readonly onSelect: () => void;
      readonly disabled?: boolean;
      readonly danger?: boolean;
      /** Shown on the right, e.g. "F2". */
      readonly hint?: string;
    }
  | {
      readonly kind: 'choice';
      /** Names the set of options, e.g. "Move to group". */
      readonly label: string;
      readonly options: readonly { readonly label: string; readonly checked: boolean; readonly onSelect: () => void }[];
    }
  | { readonly kind: 'separator' };

interface RowMenuProps {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
  readonly anchor: OverlayAnchor;
  readonly onClose: () => void;
}

const MENU_WIDTH = 240;
const ITEM_HEIGHT = 32;

export function RowMenu({ label, entries, anchor, onClose }: RowMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const items = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])];
  const height = entries.reduce((sum, entry) => sum + (entry.kind === 'choice' ? (entry.options.length + 1) * ITEM_HEIGHT : entry.kind === 'item' ? ITEM_HEIGHT : 9), 12);

  useEffect(() => {
    items()[0]?.focus();
  }, []);

  const choose = (onSelect: () => void) => {
    onClose();
    onSelect();
  };

  return (
    <div
      ref={ref}
      className="matrix-popover matrix-menu"
      role="menu"
      aria-label={label}
      data-matrix-overlay=""
      style={{ ...overlayPosition(anchor, { width: MENU_WIDTH, height }, { width: window.innerWidth, height: window.innerHeight }), width: MENU_WIDTH }}
      onMouseDown={(event) => {
        if (!(event.target as HTMLElement).closest('button')) event.preventDefault();
      }}
      onKeyDown={(event) => {
        const all = items();
        const at = all.indexOf(document.activeElement as HTMLButtonElement);
        let next: HTMLButtonElement | undefined;
        if (event.key === 'ArrowDown') next = all[(at + 1) % all.length];
        else if (event.key === 'ArrowUp') next = all[(at - 1 + all.length) % all.length];
        else if (event.key === 'Home') next = all[0];
        else if (event.key === 'End') next = all[all.length - 1];
        else if (event.key === 'Escape' || event.key === 'Tab') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
          return;
        } else return;
        event.preventDefault();
        next?.focus();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      {entries.map((entry, i) => {
        if (entry.kind === 'separator') return <div key={i} role="separator" className="matrix-menu-separator" />;
        if (entry.kind === 'item') {
          return (
            <button
              key={i}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`matrix-menu-item${entry.danger === true ? ' is-danger' : ''}`}
              disabled={entry.disabled}
              onClick={() => choose(entry.onSelect)}
            >
              <span>{entry.label}</span>
              {entry.hint && (
                <kbd className="matrix-menu-hint" aria-hidden="true">
                  {entry.hint}
                </kbd>
              )}
            </button>
          );
        }
        return (
          <div key={i} role="group" aria-label={entry.label}>
            <div className="matrix-menu-heading" aria-hidden="true">
              {entry.label}
            </div>
            {entry.options.map((option, j) => (
              <button
                key={j}
                type="button"
                role="menuitemradio"
                aria-checked={option.checked}
                tabIndex={-1}
                className="matrix-menu-item"
                onClick={() => choose(option.onSelect)}
              >
                <span className="matrix-menu-check" aria-hidden="true">
                  {option.checked ? '✓' : ''}
                </span>
                <span>{option.label}</span>
              </button>
            ))}
          </div>
        );
      })}
    </div>
  );
}
