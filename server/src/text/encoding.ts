// Reading and writing the bytes of a text file in the encoding it came in:
// UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252, the usual
// encoding of older Danish exports. A UTF-8 file with a few stray bytes is
// read as UTF-8 (the stray bytes as U+FFFD) and is never written back.
// Node's own TextDecoder reads the Windows-1252 label as ISO-8859-1, turning
// `–`, `“` and `”` into control characters; so its 27 characters of
// 0x80–0x9F are mapped here (the WHATWG index; a codec library would bring
// every code page of the world into the extension for these).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0x80 ? CP1252_HIGH.indexOf(text[i]) : -1;
    // Characters Windows-1252 cannot hold become `?`, as every encoder does.
    out[n++] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : high >= 0 ? 0x80 + high : 0x3f;
  }
  return out.subarray(0, n);
}

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
    return { text: decodeCp1252(bytes), encoding: 'windows-1252', lossy: false };
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
      return encodeCp1252(text);
  }
}
