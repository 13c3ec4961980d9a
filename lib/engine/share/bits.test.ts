/** The bit-level writer and reader under result links: exact round trips, and no throw past the end. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BitReader, BitWriter, widthFor } from "./bits";

describe("widthFor", () => {
  it.each<[number, number]>([
    [-1, 0],
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [7, 3],
    [8, 4],
    [255, 8],
    [256, 9],
  ])("values 0..%i need %i bits", (max, width) => {
    expect(widthFor(max)).toBe(width);
  });
});

describe("BitWriter and BitReader", () => {
  it("packs bits most significant first, padding the last byte with zeros", () => {
    const writer = new BitWriter();
    writer.write(1, 1);
    writer.write(5, 3);
    writer.write(3, 2);
    expect([...writer.toBytes()]).toEqual([0b1101_1100]);
  });

  it("writes small varints in 5 bits and larger ones in more groups", () => {
    const small = new BitWriter();
    small.writeVarint(15);
    expect([...small.toBytes()]).toEqual([0b0111_1000]);
    const large = new BitWriter();
    large.writeVarint(16);
    expect([...large.toBytes()]).toEqual([0b1000_0000, 0b0100_0000]);
  });

  it("reads back any sequence of fixed-width values, varints and byte strings", () => {
    const item = fc.oneof(
      fc
        .integer({ min: 0, max: 24 })
        .chain((width) => fc.tuple(fc.constant("fixed" as const), fc.integer({ min: 0, max: 2 ** width - 1 }), fc.constant(width))),
      // 13 groups of 4 bits: the reader takes up to 2^52 - 1, far beyond any count or day a link holds.
      fc.tuple(fc.constant("varint" as const), fc.integer({ min: 0, max: 2 ** 52 - 1 }), fc.constant(0)),
      fc.tuple(fc.constant("bytes" as const), fc.uint8Array({ maxLength: 40 }), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const writer = new BitWriter();
        for (const [kind, value, width] of items) {
          if (kind === "fixed") writer.write(value, width);
          else if (kind === "varint") writer.writeVarint(value);
          else writer.writeBytes(value);
        }
        const reader = new BitReader(writer.toBytes());
        for (const [kind, value, width] of items) {
          if (kind === "fixed") expect(reader.read(width)).toBe(value);
          else if (kind === "varint") expect(reader.readVarint()).toBe(value);
          else expect([...reader.readBytes(40)]).toEqual([...value]);
        }
        expect(reader.overrun).toBe(false);
        expect(reader.remaining()).toBeLessThan(8);
      }),
      { numRuns: 300 },
    );
  });

  it("reports reading past the end as an overrun, returning 0", () => {
    const reader = new BitReader(new Uint8Array([0xff]));
    expect(reader.read(8)).toBe(255);
    expect(reader.read(1)).toBe(0);
    expect(reader.overrun).toBe(true);
  });

  it("refuses a byte string longer than allowed or than what is left", () => {
    const writer = new BitWriter();
    writer.writeBytes(new Uint8Array(10));
    const tooLong = new BitReader(writer.toBytes());
    expect(tooLong.readBytes(9)).toHaveLength(0);
    expect(tooLong.overrun).toBe(true);

    const claims = new BitWriter();
    claims.writeVarint(1000);
    const cut = new BitReader(claims.toBytes());
    expect(cut.readBytes(2000)).toHaveLength(0);
    expect(cut.overrun).toBe(true);
  });

  it("stops a varint that never ends", () => {
    const reader = new BitReader(new Uint8Array(100).fill(0xff));
    reader.readVarint();
    expect(reader.overrun).toBe(true);
  });
});
