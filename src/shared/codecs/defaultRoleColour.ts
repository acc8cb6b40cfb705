/** The colours imported lanes get when the file gives none (or an unusable one), in lane order. */
export const IMPORT_ROLE_COLOURS: readonly string[] = ['#6d4fd8', '#1f8a70', '#d9622b', '#2f6fde', '#c23d7a', '#8a6d1f', '#3b8f9e', '#7a52a3'];

/** The colour for the lane at `index` (0-based); the palette repeats after its last colour. */
export function defaultRoleColour(index: number): string {
  const whole = Number.isFinite(index) ? Math.trunc(index) : 0;
  const at = ((whole % IMPORT_ROLE_COLOURS.length) + IMPORT_ROLE_COLOURS.length) % IMPORT_ROLE_COLOURS.length;
  return IMPORT_ROLE_COLOURS[at] as string;
}
