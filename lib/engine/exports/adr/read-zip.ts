/**
 * Test helper: a ZIP reader written from the specification (PKWARE APPNOTE 4.3), apart
 * from the writer, with its own bit-by-bit CRC-32, so reading back checks the writer
 * rather than agreeing with it. It reads stored files only and throws on anything amiss:
 * the end record, each central and local header, and every CRC.
 */

/** CRC-32 bit by bit, without a table: independent of the writer's. */
export function slowCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ReadEntry {
  name: string;
  data: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Not a well-formed ZIP file: ${what}`);
}

/** Reads a ZIP from its end record and central directory, checking each local header and CRC against it. */
export function readZip(bytes: Uint8Array): ReadEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = bytes.length - 22;
  check(end >= 0 && u32(end) === 0x06054b50, "the end of central directory record");
  check(u16(end + 20) === 0, "no archive comment");
  const count = u16(end + 10);
  check(u16(end + 8) === count, "the entry counts agree");
  const size = u32(end + 12);
  const offset = u32(end + 16);
  check(offset + size === end, "the directory ends where the end record starts");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const entries: ReadEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    check(u32(at) === 0x02014b50, `central header ${i}`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressed = u32(at + 20);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry = { name, flags, method, time: u16(at + 12), date: u16(at + 14) };
    check(method === 0 && compressed === u32(at + 24), `${name} is stored`);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);

    check(u32(local) === 0x04034b50, `the local header of ${name}`);
    const localName = decoder.decode(bytes.subarray(local + 30, local + 30 + u16(local + 26)));
    check(
      u16(local + 6) === flags && u16(local + 8) === method && u16(local + 10) === entry.time && u16(local + 12) === entry.date,
      `the local header of ${name} agrees with the directory`,
    );
    check(u32(local + 14) === crc && u32(local + 18) === compressed && u32(local + 22) === compressed, `the sizes and CRC of ${name}`);
    check(localName === name, `the local name of ${name}`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const data = bytes.slice(start, start + compressed);
    check(data.length === compressed, `${name} is all there`);
    check(slowCrc32(data) === crc, `the CRC of ${name}`);
    entries.push({ ...entry, data });
  }
  check(at === end, "the directory is exactly as long as it says");
  return entries;
}
