import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

// Reads generated PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm) and LibreOffice,
// as a person's viewer would: the text, the pages, the pixels and the QR code.

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../../../test-results/documents');

function withTemp<T>(bytes: Buffer, ext: string, body: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-doc-'));
  const file = path.join(dir, `input${ext}`);
  fs.writeFileSync(file, bytes);
  try {
    return body(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): string {
  return withTemp(pdf, '.pdf', (file) =>
    execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  );
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withTemp(pdf, '.pdf', (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Fonts the PDF embeds, from pdffonts (name and whether embedded). */
export function pdfFonts(pdf: Buffer): string {
  return withTemp(pdf, '.pdf', (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

/** Words with their boxes in points (pdftotext -bbox): x from the left, y from the top. */
export function pdfWords(pdf: Buffer, page = 1) {
  const html = withTemp(pdf, '.pdf', (file) =>
    execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
      encoding: 'utf8',
    }),
  );
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] ?? '',
  }));
}

/** Renders pages to PNG at `dpi` into test-results/documents (kept as CI artefacts). */
export function renderPngs(pdf: Buffer, name: string, dpi = 100, lastPage = 1): string[] {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const prefix = path.join(ARTIFACTS, name);
  withTemp(pdf, '.pdf', (file) =>
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', String(lastPage), file, prefix]),
  );
  return fs
    .readdirSync(ARTIFACTS)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(ARTIFACTS, f));
}

/** Standard deviation of the grey level: a blank page is close to 0. */
export function pixelDeviation(pngFile: string): number {
  const png = PNG.sync.read(fs.readFileSync(pngFile));
  let sum = 0;
  let sumSq = 0;
  const n = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const grey = ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
    sum += grey;
    sumSq += grey * grey;
  }
  const mean = sum / n;
  return Math.sqrt(sumSq / n - mean * mean);
}

export function decodeQr(pngFile: string): string | null {
  const png = PNG.sync.read(fs.readFileSync(pngFile));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Converts a .docx to PDF with LibreOffice headless (its own profile, so runs do not collide). */
export function docxToPdf(docx: Buffer): Buffer {
  return withTemp(docx, '.docx', (file, dir) => {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return fs.readFileSync(path.join(dir, 'input.pdf'));
  });
}
