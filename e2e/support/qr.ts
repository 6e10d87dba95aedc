import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Renders the first page of a PDF with pdftoppm and decodes its QR code with jsQR. */
export function qrOfFirstPage(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-e2e-qr-'));
  try {
    fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(dir, 'c.pdf'),
      path.join(dir, 'c'),
    ]);
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'c.png')));
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!found) throw new Error('no QR code on the certificate');
    return found.data;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
