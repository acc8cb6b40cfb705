/**
 * Spreadsheets run a cell that starts with =, +, -, @, a tab or a carriage return as a formula,
 * which lets a task title in an exported file execute when someone opens it (CSV injection). Such
 * fields are written with a leading apostrophe, which spreadsheets show as text and hide.
 *
 * A field that already starts with apostrophes before one of those characters gets one more, so
 * that removing exactly one on import always gives back the original text.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutralizeFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

/** The inverse, for importing: removes the apostrophe that `neutralizeFormula` (or a spreadsheet) added. */
export function restoreFormulaText(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}
