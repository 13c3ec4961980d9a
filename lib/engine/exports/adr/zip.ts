/**
 * A minimal ZIP writer: files stored as they are (method 0, no compression), each with its
 * CRC-32, names in UTF-8 (flag bit 11), local headers, a central directory and the end
 * record (PKWARE APPNOTE 4.3). A few Markdown files need no compression, and writing it
 * ourselves keeps a dependency out of the bundle. No ZIP64: anything that would need it is
 * refused rather than written wrong.
 */

export interface ZipEntry {
  /** A relative path with "/" between folders, e.g. "decisions/0001-accept-the-risk.md". */
  name: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 2.0: the version that introduced folders and is enough for stored files. */
const VERSION_NEEDED = 20;
/** Made by Unix (3) with 2.0, so the external attributes below are read as a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const FILE_MODE = (0o100644 << 16) >>> 0;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as ZIP (and PNG, gzip) use it: polynomial 0xEDB88320, reflected, inverted. */
export function crc32(data: Uint8Array): number {
  let crc = MAX_32;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ MAX_32) >>> 0;
}

/**
 * MS-DOS time and date, as a ZIP holds them: no time zone, two-second steps, 1980–2107.
 * The Date's UTC fields are taken as the wall-clock time to write, so the caller decides
 * whose clock it is (the engine never reads the runtime's zone); out of range, it is clamped.
 */
export function dosDateTime(wallClock: Date): { time: number; date: number } {
  const ms = wallClock.getTime();
  const clamped = new Date(Math.min(Math.max(ms, Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)));
  return {
    time: (clamped.getUTCHours() << 11) | (clamped.getUTCMinutes() << 5) | Math.floor(clamped.getUTCSeconds() / 2),
    date: ((clamped.getUTCFullYear() - 1980) << 9) | ((clamped.getUTCMonth() + 1) << 5) | clamped.getUTCDate(),
  };
}

/** A name every unzip extracts where it is meant to: relative, "/" only, no "." or ".." step. */
function checkName(name: string): void {
  const steps = name.split("/");
  const unsafe =
    name.length === 0 ||
    name.includes("\\") ||
    name.includes("\u0000") ||
    /^[a-zA-Z]:/.test(name) ||
    steps.some((step, i) => step === "." || step === ".." || (step === "" && i !== steps.length - 1));
  if (unsafe) throw new Error(`Not a safe name inside a ZIP file: ${JSON.stringify(name)}`);
}

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** Little-endian fields, as every number in a ZIP file is. */
  fields(...values: readonly (readonly [value: number, bytes: 2 | 4])[]): void {
    const chunk = new Uint8Array(values.reduce((sum, [, bytes]) => sum + bytes, 0));
    const view = new DataView(chunk.buffer);
    let at = 0;
    for (const [value, bytes] of values) {
      if (bytes === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
      at += bytes;
    }
    this.push(chunk);
  }

  bytes(chunk: Uint8Array): void {
    this.push(chunk);
  }

  result(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** The ZIP file holding `entries` in order, each dated `modified` (see dosDateTime). */
export function zip(entries: readonly ZipEntry[], modified: Date): Uint8Array<ArrayBuffer> {
  if (entries.length > MAX_16) throw new Error("Too many files for a ZIP file without ZIP64.");
  const names = new Set<string>();
  const { time, date } = dosDateTime(modified);
  const encoder = new TextEncoder();
  const out = new ByteWriter();
  const central = new ByteWriter();

  for (const entry of entries) {
    checkName(entry.name);
    if (names.has(entry.name)) throw new Error(`Two files named ${JSON.stringify(entry.name)} in one ZIP file.`);
    names.add(entry.name);
    const name = encoder.encode(entry.name);
    if (name.length > MAX_16) throw new Error("A name too long for a ZIP file.");
    if (entry.data.length >= MAX_32 || out.length >= MAX_32) throw new Error("Too large for a ZIP file without ZIP64.");
    const crc = crc32(entry.data);
    const size = entry.data.length;
    const offset = out.length;
    // The sizes and CRC are known up front, so they go in the local header (no data descriptor).
    const common = [
      [VERSION_NEEDED, 2],
      [UTF8_NAME, 2],
      [0, 2], // stored
      [time, 2],
      [date, 2],
      [crc, 4],
      [size, 4],
      [size, 4],
      [name.length, 2],
      [0, 2], // no extra field
    ] as const;
    out.fields([LOCAL_HEADER, 4], ...common);
    out.bytes(name);
    out.bytes(entry.data);
    central.fields(
      [CENTRAL_HEADER, 4],
      [VERSION_MADE_BY, 2],
      ...common,
      [0, 2], // no comment
      [0, 2], // disk 0
      [0, 2], // internal attributes: binary
      [FILE_MODE, 4],
      [offset, 4],
    );
    central.bytes(name);
  }

  const directoryOffset = out.length;
  if (directoryOffset + central.length >= MAX_32) throw new Error("Too large for a ZIP file without ZIP64.");
  out.bytes(central.result());
  out.fields(
    [END_OF_CENTRAL_DIRECTORY, 4],
    [0, 2], // this disk
    [0, 2], // the disk the directory starts on
    [entries.length, 2],
    [entries.length, 2],
    [central.length, 4],
    [directoryOffset, 4],
    [0, 2], // no comment
  );
  return out.result();
}
