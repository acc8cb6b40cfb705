/**
 * Placing a popover next to the cell that opened it: below it when there is room, above it
 * otherwise, and always inside the window.
 */

/** The opener's box in window coordinates (a DOMRect fits). */
export interface OverlayAnchor {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface OverlaySize {
  readonly width: number;
  readonly height: number;
}

const GAP = 4;
const MARGIN = 8;

export function overlayPosition(anchor: OverlayAnchor, size: OverlaySize, viewport: OverlaySize): { position: 'fixed'; top: number; left: number } {
  const fitsBelow = anchor.bottom + GAP + size.height <= viewport.height - MARGIN;
  const fitsAbove = anchor.top - GAP - size.height >= MARGIN;
  const top = fitsBelow || !fitsAbove ? anchor.bottom + GAP : anchor.top - GAP - size.height;
  const maxLeft = viewport.width - MARGIN - size.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { position: 'fixed', top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - size.height)), left };
}

export function anchorOf(element: Element): OverlayAnchor {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}
