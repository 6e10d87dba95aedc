import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../lib/errors';

// PDFs embed Liberation Serif 2 (SIL OFL 1.1): metric-compatible with Times New Roman, and
// unlike Liberation 1.x it covers every precomposed Vietnamese letter (U+1EA0–U+1EF9). The
// setup installs it (Debian fonts-liberation2); VINHDANH_FONT_DIR points elsewhere. See
// docs/decisions/005-documents.md.

const CANDIDATE_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/liberation2'];
const FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFiles = Record<keyof typeof FILES, string>;

let cached: FontFiles | undefined;

/** The four font files; a clear error (not a PDF with missing glyphs) when they are absent. */
export function serifFontFiles(env: NodeJS.ProcessEnv = process.env): FontFiles {
  if (cached) return cached;
  const dirs = env.VINHDANH_FONT_DIR ? [env.VINHDANH_FONT_DIR] : CANDIDATE_DIRS;
  for (const dir of dirs) {
    const files = Object.fromEntries(
      Object.entries(FILES).map(([style, file]) => [style, path.join(dir, file)]),
    ) as FontFiles;
    if (Object.values(files).every((f) => fs.existsSync(f))) {
      cached = files;
      return files;
    }
  }
  throw new AppError('DOCUMENT_FONTS_MISSING');
}
