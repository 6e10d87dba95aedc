import { AppError } from '../../lib/errors';

/** The longest side a published photo keeps: enough for a portal page, small for a phone. */
export const MAX_PHOTO_SIDE = 1600;

/**
 * The copy that is kept and published: turned upright by its EXIF orientation, then fitted inside
 * 1600 × 1600 and re-encoded as JPEG with no metadata at all. A phone photo's EXIF carries the GPS
 * position of where it was taken (often a home) and the camera's serial: none of it is published.
 * sharp drops all metadata unless asked to keep it; we never ask.
 */
export async function sanitisePhoto(bytes: Uint8Array) {
  // Loaded on the first photo, not at start: sharp and libvips add ~28 MiB to the server (issue 19).
  const { default: sharp } = await import('sharp');
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: 80_000_000 })
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (e) {
    throw new AppError('MODEL_PHOTO_UNREADABLE', undefined, undefined, { cause: e });
  }
}
