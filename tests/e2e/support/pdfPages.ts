import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function openPdf(pdf: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** The text of each page, in drawing order, runs of white space collapsed. */
export async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const doc = await openPdf(pdf);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

/** Page 1's width and height in points (1/72 inch), rounded. */
export async function pdfFirstPageSize(pdf: Buffer): Promise<{ width: number; height: number }> {
  const viewport = (await (await openPdf(pdf)).getPage(1)).getViewport({ scale: 1 });
  return { width: Math.round(viewport.width), height: Math.round(viewport.height) };
}

/**
 * How many pixels of page 1, rendered by poppler's pdftoppm at 60 dpi, are clearly coloured (not
 * white, grey or black). pdfjs cannot draw without a canvas in node; a PPM is simple to read.
 */
export function colouredPixelsOnFirstPage(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'raci-pdf-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'doc.pdf'), join(dir, 'page')]);
  const ppm = readFileSync(join(dir, 'page.ppm'));
  // Header: "P6\n<width> <height>\n255\n", then RGB bytes.
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('pdftoppm did not write a binary PPM.');
  let coloured = 0;
  for (let at = header[0].length; at + 2 < ppm.length; at += 3) {
    const [r, g, b] = [ppm[at] ?? 0, ppm[at + 1] ?? 0, ppm[at + 2] ?? 0];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured += 1;
  }
  return coloured;
}
