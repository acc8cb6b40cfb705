/**
 * A card's height before it is laid out, from its title and chips, in a lane at its narrowest. A
 * long lane mounts the cards its view holds by these estimates before any card is measured: a flat
 * guess mounted half again as many cards as a view of the sample board holds, and unmounted them a
 * moment later, once measured. Erring short is the safe side: too many cards then, never a gap.
 *
 * The figures mirror `.card`, `.card-title` and `.chip` in app.css (a lane at its 290 px minimum);
 * text widths are averages for the app's font, a little narrow so titles and chips wrap no sooner
 * than they do on screen.
 */

/** Padding (10 + 10) and border (1 + 1) above and below a card's content. */
const CARD_FRAME = 22;
const TITLE_LINE = 20.3;
/** The card's content width; the title keeps 40 px clear for the card's buttons. */
const CONTENT_WIDTH = 237;
const TITLE_WIDTH = CONTENT_WIDTH - 40;
/** The owner's letters ("R/A") beside the title, per letter and the pill around them. */
const OWNER_PILL = 16;
const OWNER_LETTER = 7;
const TITLE_CHAR = 7.8;
/** Chips: 6 px above them, 19 px a row, 4 px between rows and between chips. */
const CHIPS_MARGIN = 6;
const CHIP_ROW = 19;
const CHIP_GAP = 4;
/** A chip's dot, paddings and inner gaps, then its role name and letters. */
const CHIP_FRAME = 26;
const CHIP_CHAR = 6.3;

export interface EstimatedChip {
  readonly roleName: string;
  readonly letters: string;
}

export function estimateCardHeight(title: string, chips: readonly EstimatedChip[], ownLetters: string): number {
  const titleWidth = TITLE_WIDTH - (ownLetters === '' ? 0 : OWNER_PILL + OWNER_LETTER * ownLetters.length + 8);
  const titleLines = Math.max(1, Math.ceil((title.length * TITLE_CHAR) / Math.max(titleWidth, 1)));
  return CARD_FRAME + titleLines * TITLE_LINE + chipsHeight(chips);
}

function chipsHeight(chips: readonly EstimatedChip[]): number {
  if (chips.length === 0) return 0;
  let rows = 1;
  let used = 0;
  for (const chip of chips) {
    const width = Math.min(CONTENT_WIDTH, CHIP_FRAME + (chip.roleName.length + chip.letters.length) * CHIP_CHAR);
    if (used > 0 && used + CHIP_GAP + width > CONTENT_WIDTH) {
      rows += 1;
      used = width;
    } else {
      used += (used > 0 ? CHIP_GAP : 0) + width;
    }
  }
  return CHIPS_MARGIN + rows * CHIP_ROW + (rows - 1) * CHIP_GAP;
}
