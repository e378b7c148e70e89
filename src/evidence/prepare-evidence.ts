import { cleanFileName, safeFileName } from './file-name.ts';
import { reencodeImage } from './reencode.ts';
import { sha256Hex } from './sha256.ts';
import { SNIFF_BYTES, sniff } from './sniff.ts';

/**
 * Makes a user's file safe to keep as evidence (a photo, a contractor's invoice) or refuses it with a
 * message the user can act on.
 *
 * - The file's first bytes decide what it is; its name and the browser's guess do not.
 * - JPEG, PNG and WebP photos are decoded and re-encoded, which drops EXIF and GPS data.
 * - PDFs are kept byte for byte, typed `application/pdf`; callers offer them as downloads, never inline.
 * - SVG and HTML are refused: they can run scripts.
 * - `sha256` is of the bytes stored, so a printed report can cite exactly what was kept.
 * - The name loses direction marks and control characters and ends in the kept type's extension.
 */
export interface PrepareEvidenceOptions {
  allow: readonly ('image' | 'pdf')[];
  /** Largest file accepted, in bytes; default 10 MB. */
  maxBytes?: number;
}

export interface PreparedEvidence {
  ok: true;
  blob: Blob;
  type: string;
  size: number;
  sha256: string;
  originalName: string;
}

export type PrepareEvidenceResult = PreparedEvidence | { ok: false; message: string };

export const DEFAULT_MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export async function prepareEvidence(file: File, options: PrepareEvidenceOptions): Promise<PrepareEvidenceResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const name = cleanFileName(file.name);
  const refuse = (message: string): PrepareEvidenceResult => ({ ok: false, message });
  const wanted = describeAllowed(options.allow);

  if (file.size === 0) return refuse(`“${name}” is empty. Choose ${wanted}.`);
  if (file.size > maxBytes) {
    return refuse(`“${name}” is ${megabytes(file.size)}. Files must be ${megabytes(maxBytes)} or smaller.`);
  }
  const found = sniff(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (found.kind === 'markup' || /\.(svgz?|html?|xhtml|xml)$/i.test(name)) {
    return refuse(
      `“${name}” is an SVG or web page file. These can contain code, so they cannot be added. Choose ${wanted}.`,
    );
  }
  if (found.kind === 'unknown' || !options.allow.includes(found.kind)) {
    return refuse(`“${name}” is not ${wanted}, whatever its name says. Choose ${wanted}.`);
  }

  let blob: Blob;
  if (found.kind === 'pdf') {
    blob = new Blob([await file.arrayBuffer()], { type: found.type });
  } else {
    try {
      blob = await reencodeImage(file, found.type);
    } catch {
      return refuse(`“${name}” could not be opened as a picture. It may be damaged: take or export the photo again.`);
    }
    if (blob.size > maxBytes) {
      return refuse(
        `“${name}” is still ${megabytes(blob.size)} after resizing. Files must be ${megabytes(maxBytes)} or smaller.`,
      );
    }
  }
  return {
    ok: true,
    blob,
    type: blob.type,
    size: blob.size,
    sha256: await sha256Hex(blob),
    originalName: safeFileName(name, blob.type),
  };
}

function describeAllowed(allow: readonly ('image' | 'pdf')[]): string {
  const image = allow.includes('image');
  const pdf = allow.includes('pdf');
  if (image && pdf) return 'a photo (JPEG, PNG or WebP) or a PDF';
  if (pdf) return 'a PDF';
  return 'a photo (JPEG, PNG or WebP)';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
