/**
 * The code of the screens beyond home, each its own chunk: the board, print and backup screens (and
 * the drag-and-drop, matrix, compare and PDF code they bring) load when first opened.
 */
export const loadBoardScreen = () => import('../board/BoardScreen').then((module) => module.BoardScreen);
export const loadPrintView = () => import('../print/PrintView').then((module) => module.PrintView);
export const loadBackupsScreen = () => import('../backups/BackupsScreen').then((module) => module.BackupsScreen);
