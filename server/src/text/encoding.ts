// Reading and writing the bytes of a text file in the encoding it came in:
// UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252, the usual
// encoding of older Danish exports. A UTF-8 file with a few stray bytes is
// read as UTF-8 (the stray bytes as U+FFFD) and is never written back.
// Windows-1252 goes through iconv-lite: Node's own TextDecoder reads that label
// as ISO-8859-1, turning `–`, `“` and `”` into control characters.
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Bytes that no encoding explains were replaced: writing the text back would change them. */
  lossy: boolean;
}

/** A UTF-8 file with more valid multi-byte characters than this share of bad bytes is UTF-8 with damage. */
const MIXED_RATIO = 1;

export function decodeBytes(bytes: Uint8Array): Decoded {
  // BOMs are kept in the text, so writing it back writes them too.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16le', lossy: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16be', lossy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', lossy: false };
  } catch {
    const { valid, invalid } = countUtf8(bytes);
    if (valid > 0 && valid >= invalid * MIXED_RATIO) {
      return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', lossy: true };
    }
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'), encoding: 'windows-1252', lossy: false };
  }
}

/** Valid multi-byte UTF-8 sequences and bytes that start none. */
function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return new Uint8Array(le);
    }
    case 'windows-1252':
      return new Uint8Array(iconv.encode(text, 'win1252'));
  }
}
