/** Sizes in the units a file manager shows (1 MB = 1024 × 1024 bytes), rounded for reading. */
export function formatFileSize(bytes: number): string {
  const KB = 1024;
  const MB = KB * 1024;
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / KB)} KB`;
  const megabytes = bytes / MB;
  // "20 MB" for a round limit, "20.4 MB" for a file just over it: the difference must show.
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/** The sentence shown when a file is refused for its size, the same in the desktop app and the browser. */
export function fileTooLargeMessage(fileName: string, sizeBytes: number, limitBytes: number): string {
  return `“${fileName}” is ${formatFileSize(sizeBytes)}; files larger than ${formatFileSize(limitBytes)} cannot be opened.`;
}
