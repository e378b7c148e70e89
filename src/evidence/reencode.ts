/**
 * Draws a photo onto a canvas and encodes it again. Only the pixels survive: EXIF, GPS position, camera
 * serial numbers and any bytes hidden after the image are left behind. The EXIF orientation is applied
 * first, so a photo taken sideways still shows the right way up once the tag is gone.
 */

/** Longer side, in pixels, of a stored photo: enough to read a damp patch or a meter, small enough to keep. */
export const MAX_PHOTO_EDGE = 2560;

const JPEG_QUALITY = 0.88;

export async function reencodeImage(source: Blob, type: 'image/jpeg' | 'image/png' | 'image/webp'): Promise<Blob> {
  const bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, MAX_PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    if (type === 'image/jpeg') {
      // JPEG has no transparency: paint white first so transparent pixels do not turn black.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
    }
    context.drawImage(bitmap, 0, 0, width, height);
    // A browser that cannot write WebP returns PNG; the caller records the type it actually got.
    return await canvas.convertToBlob(type === 'image/png' ? { type } : { type, quality: JPEG_QUALITY });
  } finally {
    bitmap.close();
  }
}
