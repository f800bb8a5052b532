/**
 * Just enough of the zip format to measure an .xlsx before exceljs inflates it: the central directory (names, methods,
 * sizes as claimed), each entry inflated under a byte budget (the real size, whatever the directory claims), and a
 * writer for a rebuilt archive. Entries are located the way JSZip (exceljs's reader) locates them: offset from the
 * central directory, then the local header's own name and extra lengths.
 */
import zlib from 'zlib';

export class ZipFormatError extends Error {}

/** The inflated output of an entry passed the byte budget it was given. */
export class ZipBudgetError extends Error {
  constructor(readonly entry: string) {
    super(`budget exceeded in ${entry}`);
  }
}

export interface ZipEntry {
  name: string;
  /** The name exactly as stored (written back unchanged by buildZip). */
  nameBytes: Buffer;
  /** General-purpose flags (bit 0: encrypted, bit 3: data descriptor, bit 11: UTF-8 name). */
  flags: number;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as the central directory claims it. */
  size: number;
  /** Where the compressed bytes start in the archive. */
  dataStart: number;
  dir: boolean;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 value out of range');
  return Number(v);
}

function need(buf: Buffer, at: number, len: number): void {
  if (at < 0 || at + len > buf.length) throw new ZipFormatError('truncated zip');
}

/**
 * The central directory. `maxEntries` is checked from the end record before any entry is read, so a directory that
 * claims millions of entries costs nothing.
 */
export function readCentralDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  let cdEnd = eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && buf.readUInt32LE(loc) === EOCD64_LOCATOR) {
      const at = u64(buf, loc + 8);
      need(buf, at, 56);
      if (buf.readUInt32LE(at) !== EOCD64) throw new ZipFormatError('bad zip64 end record');
      count = u64(buf, at + 32);
      cdSize = u64(buf, at + 40);
      cdOffset = u64(buf, at + 48);
      cdEnd = at;
    }
  }
  if (count > maxEntries) throw new TooManyEntries(count);
  // Bytes prepended to the archive shift every offset (JSZip allows this too).
  const shift = cdEnd - (cdOffset + cdSize);
  if (shift < 0) throw new ZipFormatError('central directory out of range');
  const entries: ZipEntry[] = [];
  let p = cdOffset + shift;
  for (let n = 0; n < count; n++) {
    need(buf, p, 46);
    if (buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    need(buf, p + 46, nameLen + extraLen + commentLen);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    // zip64 extra field: the 8-byte values replace the 0xFFFFFFFF ones, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = u64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(buf, q);
      }
      e += 4 + len;
    }
    const at = localOffset + shift;
    need(buf, at, 30);
    if (buf.readUInt32LE(at) !== LOCAL) throw new ZipFormatError('bad local header');
    const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    need(buf, dataStart, compressedSize);
    const name = (flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1')).replace(/\\/g, '/');
    entries.push({ name, nameBytes, flags, method, crc, compressedSize, size, dataStart, dir: name.endsWith('/') });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export class TooManyEntries extends Error {
  constructor(readonly count: number) {
    super(`${count} zip entries`);
  }
}

/** The compressed bytes of an entry, as stored. */
export function rawData(buf: Buffer, e: ZipEntry): Buffer {
  return buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
}

/**
 * An entry's content, inflated with at most `budget` bytes of output: memory stays within the budget whatever the
 * directory claims. Throws ZipBudgetError past the budget, ZipFormatError for a damaged or unsupported entry.
 */
export function inflateEntry(buf: Buffer, e: ZipEntry, budget: number): Buffer {
  if (e.flags & 1) throw new ZipFormatError('encrypted entry');
  const raw = rawData(buf, e);
  if (e.method === 0) {
    if (raw.length > budget) throw new ZipBudgetError(e.name);
    return raw;
  }
  if (e.method !== 8) throw new ZipFormatError(`compression method ${e.method}`);
  try {
    const out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(budget + 1, 0x7fffffff)) });
    if (out.length > budget) throw new ZipBudgetError(e.name);
    return out;
  } catch (err) {
    if (err instanceof ZipBudgetError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipBudgetError(e.name);
    throw new ZipFormatError(`inflate failed in ${e.name}`);
  }
}

let CRC_TABLE: Int32Array | undefined;

export function crc32(data: Buffer, prev = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32;
  if (native) return native(data, prev);
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let c = ~prev;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export interface BuildEntry {
  name: string | Buffer;
  /** UTF-8 name flag (bit 11); set for string names. */
  utf8?: boolean;
  /** 0 stored, 8 deflate: `data` is what is stored, already compressed for 8. */
  method: 0 | 8;
  data: Buffer;
  crc: number;
  /** Uncompressed size to write in the headers (tests may write a false one). */
  size: number;
}

/** A plain archive (no zip64, no data descriptors) of the given entries, in order. */
export function buildZip(entries: BuildEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const flags = (e.utf8 ?? typeof e.name === 'string') ? 0x800 : 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(LOCAL, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt32LE(0, 10); // time, date
    lh.writeUInt32LE(e.crc >>> 0, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(CENTRAL, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt32LE(0, 12);
    ch.writeUInt32LE(e.crc >>> 0, 16);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(e.size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, e.data);
    centrals.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = centrals.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
