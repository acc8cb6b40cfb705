import { err, ok, type Result } from '../../../shared/domain/result';
import type { ExportPdfRequest, SavedFile } from '../../../shared/ipc/contract';
import { printRoute } from '../../../shared/ipc/printRoute';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

export { isDesktop } from './isDesktop';

/**
 * Exports a board to PDF. Desktop: main prints the board's print view in a hidden window and asks
 * where to save; resolves to the saved path, or null when the user cancelled. Web: this tab moves
 * to the print view with `autoprint=1` (the page opens the browser's print dialog, where the user
 * saves as PDF) and the call resolves to null at once.
 */
export async function exportPdf(
  request: ExportPdfRequest,
  env: Pick<PlatformEnvironment, 'bridge' | 'goTo'> = browserEnvironment(),
): Promise<Result<SavedFile, string>> {
  if (request.parts.length === 0) return err('Choose at least one part of the board to put in the PDF.');
  if (env.bridge !== null) return env.bridge.exportPdf(request);
  env.goTo(`#${printRoute(request.boardId, { paper: request.paper, orientation: request.orientation, parts: request.parts, autoprint: true })}`);
  return ok(null);
}
