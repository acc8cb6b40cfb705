/**
 * The key two names are compared by when a board is held against the catalogue or another board:
 * a person reads "Go-to-market", "go to market" and "GO TO MARKET" as one name, and "Réunion" as
 * "Reunion" typed without accents, so the key keeps only letters and digits, lower-cased, without
 * diacritics, and reads "&" as "and" ("R&D" is "R and D").
 */
export function normalizeName(name: string): string {
  // Lower-casing first: some capitals ("İ") lower-case to a letter plus a combining mark.
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
