import sharp from 'sharp';
import { AppError } from '../../lib/errors';
import { MAX_MODEL_PHOTO_BYTES, MODEL_PHOTO_TYPES } from './models.schemas';

/** The longest side a published photo keeps: enough for a portal page, small for a phone. */
export const MAX_PHOTO_SIDE = 1600;

type PhotoType = (typeof MODEL_PHOTO_TYPES)[number];

// The declared type must match the bytes before the image library sees them.
const MAGIC: Record<PhotoType, (b: Uint8Array) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
  'image/webp': (b) =>
    Buffer.from(b.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP',
};

export function checkPhotoType(contentType: string, bytes: Uint8Array): PhotoType {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!(MODEL_PHOTO_TYPES as readonly string[]).includes(type)) throw new AppError('MODEL_PHOTO_TYPE');
  if (bytes.length > MAX_MODEL_PHOTO_BYTES) throw new AppError('MODEL_PHOTO_TOO_LARGE');
  if (bytes.length < 12 || !MAGIC[type as PhotoType](bytes)) throw new AppError('MODEL_PHOTO_TYPE');
  return type as PhotoType;
}

/**
 * The copy that is kept and published: turned upright by its EXIF orientation, then fitted inside
 * 1600 × 1600 and re-encoded as JPEG with no metadata at all. A phone photo's EXIF carries the GPS
 * position of where it was taken (often a home) and the camera's serial: none of it is published.
 * sharp drops all metadata unless asked to keep it; we never ask.
 */
export async function sanitisePhoto(bytes: Uint8Array) {
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
