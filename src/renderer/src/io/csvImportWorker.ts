/// <reference lib="webworker" />
// Parses a spreadsheet off the page's thread; see importWorker for files of any kind.
import { packImportResult } from './packedImportResult';
import { parseCsvImportFile } from './parseCsvImportFile';
import type { ParseImportArgs } from './parseImport';

self.onmessage = (event: MessageEvent<Omit<ParseImportArgs, 'newId'>>) => {
  const { fileName, text } = event.data;
  const { message, transfer } = packImportResult(parseCsvImportFile(fileName, text));
  self.postMessage(message, transfer);
};
