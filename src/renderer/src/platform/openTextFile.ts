import { err, ok, type Result } from '../../../shared/domain/result';
import type { OpenedFile, TextFileKind } from '../../../shared/ipc/contract';
import { fileTooLargeMessage } from '../../../shared/ipc/fileTooLargeMessage';
import { utf8ByteLength } from '../../../shared/ipc/utf8ByteLength';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';
import { readDroppedFile } from './readDroppedFile';

export interface OpenTextFileRequest {
  readonly kinds: readonly TextFileKind[];
  /** Larger files are refused with a sentence naming the limit. The desktop app never reads more than MAX_OPEN_FILE_BYTES. */
  readonly maxBytes: number;
}

const ACCEPT: Readonly<Record<TextFileKind, string>> = { csv: '.csv,.tsv,text/csv,text/tab-separated-values', json: '.json,application/json' };

/**
 * Lets the user pick a file to import; resolves to its name and text, or null when the user
 * cancelled. Desktop: the native open dialog (main checks the size before reading). Web: a hidden
 * file input, whose picker only opens when this is called from a user's click or key press, so call
 * it directly in the event handler, before any await.
 */
export function openTextFile(
  { kinds, maxBytes }: OpenTextFileRequest,
  env: Pick<PlatformEnvironment, 'bridge' | 'addHiddenFileInput'> = browserEnvironment(),
): Promise<Result<OpenedFile, string>> {
  if (env.bridge !== null) return openOnDesktop(env.bridge, [...new Set(kinds)], maxBytes);

  return new Promise((resolve) => {
    const input = env.addHiddenFileInput();
    input.accept = kinds.map((kind) => ACCEPT[kind]).join(',');
    // Set once the user has answered: a late 'cancel' while the chosen file is read must not win.
    let answered = false;
    const settle = (result: Result<OpenedFile, string>) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('change', () => {
      if (answered) return;
      answered = true;
      const file = input.files?.[0];
      if (file === undefined) settle(ok(null));
      else void readDroppedFile(file, maxBytes).then((text) => settle(text.ok ? ok({ name: file.name, text: text.value }) : text));
    });
    // Chromium, Firefox and Safari fire 'cancel' when the picker is dismissed without a choice.
    input.addEventListener('cancel', () => {
      if (answered) return;
      answered = true;
      settle(ok(null));
    });
    input.click();
  });
}

async function openOnDesktop(bridge: NonNullable<PlatformEnvironment['bridge']>, kinds: TextFileKind[], maxBytes: number): Promise<Result<OpenedFile, string>> {
  const opened = await bridge.openFile({ kinds });
  if (!opened.ok || opened.value === null) return opened;
  // Main enforces its own limit; a caller asking for less gets the same refusal as in the browser.
  const size = utf8ByteLength(opened.value.text);
  return size > maxBytes ? err(fileTooLargeMessage(opened.value.name, size, maxBytes)) : opened;
}
