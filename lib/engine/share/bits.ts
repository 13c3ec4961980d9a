/**
 * Bit-level writing and reading, so a result link spends only the bits an answer needs
 * (a question with three options takes two bits, not a byte). The reader never throws:
 * reading past the end sets `overrun`, which the decoder reports as a damaged link.
 */
export class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): void {
    for (let bit = width - 1; bit >= 0; bit -= 1) this.bits.push(Math.floor(value / 2 ** bit) % 2);
  }

  /** Unsigned integers of any size in 4-bit groups with a continuation bit (small numbers stay small). */
  writeVarint(value: number): void {
    let rest = Math.max(0, Math.floor(value));
    do {
      const group = rest % 16;
      rest = Math.floor(rest / 16);
      this.write(rest > 0 ? 1 : 0, 1);
      this.write(group, 4);
    } while (rest > 0);
  }

  writeBytes(bytes: Uint8Array): void {
    this.writeVarint(bytes.length);
    for (const byte of bytes) this.write(byte, 8);
  }

  toBytes(): Uint8Array {
    const bytes = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((bit, index) => {
      if (bit) bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index & 7));
    });
    return bytes;
  }
}

export class BitReader {
  private position = 0;
  overrun = false;

  constructor(private readonly bytes: Uint8Array) {}

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i += 1) {
      const index = this.position >> 3;
      if (index >= this.bytes.length) {
        this.overrun = true;
        return 0;
      }
      value = value * 2 + (((this.bytes[index] ?? 0) >> (7 - (this.position & 7))) & 1);
      this.position += 1;
    }
    return value;
  }

  readVarint(maxGroups = 13): number {
    let value = 0;
    let scale = 1;
    for (let group = 0; group < maxGroups; group += 1) {
      const more = this.read(1);
      value += this.read(4) * scale;
      scale *= 16;
      if (!more || this.overrun) return value;
    }
    this.overrun = true;
    return value;
  }

  readBytes(maxLength: number): Uint8Array {
    const length = this.readVarint();
    if (length > maxLength || length * 8 > this.remaining()) {
      this.overrun = true;
      return new Uint8Array();
    }
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) bytes[i] = this.read(8);
    return bytes;
  }

  remaining(): number {
    return this.bytes.length * 8 - this.position;
  }
}

/** Bits needed to write any value from 0 to `max`. */
export function widthFor(max: number): number {
  return max <= 0 ? 0 : Math.floor(Math.log2(max)) + 1;
}
