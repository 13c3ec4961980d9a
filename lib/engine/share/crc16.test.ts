/** CRC-16/CCITT-FALSE, against its published check value. */
import { describe, expect, it } from "vitest";
import { crc16 } from "./crc16";

describe("crc16", () => {
  it.each<[string, number]>([
    ["123456789", 0x29b1],
    ["", 0xffff],
    ["A", 0xb915],
  ])("%j → %i", (text, expected) => {
    expect(crc16(new TextEncoder().encode(text))).toBe(expected);
  });

  it("changes when any single bit changes", () => {
    const data = new TextEncoder().encode("a result link body");
    const original = crc16(data);
    for (let bit = 0; bit < data.length * 8; bit += 1) {
      const flipped = data.slice();
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (0x80 >> (bit & 7));
      expect(crc16(flipped)).not.toBe(original);
    }
  });
});
