/// <reference lib="webworker" />
// Parses an imported file off the page's thread, so a large file never freezes the window.
import { packImportResult } from './packedImportResult';
import { parseImport, type ParseImportArgs } from './parseImport';

self.onmessage = (event: MessageEvent<Omit<ParseImportArgs, 'newId'>>) => {
  const { fileName, text, now } = event.data;
  const { message, transfer } = packImportResult(parseImport({ fileName, text, now, newId: () => crypto.randomUUID() }));
  self.postMessage(message, transfer);
};
