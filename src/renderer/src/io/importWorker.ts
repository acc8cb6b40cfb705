/// <reference lib="webworker" />
// Parses an imported file off the page's thread, so a large file never freezes the window.
import { parseImport, type ParseImportArgs } from './parseImport';

self.onmessage = (event: MessageEvent<Omit<ParseImportArgs, 'newId'>>) => {
  const { fileName, text, now } = event.data;
  self.postMessage(parseImport({ fileName, text, now, newId: () => crypto.randomUUID() }));
};
