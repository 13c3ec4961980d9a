/** base64url without padding (RFC 4648 §5). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("base64url", () => {
  it.each<[string, string]>([
    ["", ""],
    ["f", "Zg"],
    ["fo", "Zm8"],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg"],
    ["fooba", "Zm9vYmE"],
    ["foobar", "Zm9vYmFy"],
  ])("RFC 4648 vector %j → %j", (text, encoded) => {
    expect(encodeBase64Url(bytes(text))).toBe(encoded);
    expect(decodeBase64Url(encoded)).toEqual(bytes(text));
  });

  it("uses - and _ where base64 has + and /", () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("-_-_");
    expect(decodeBase64Url("-_-_")).toEqual(new Uint8Array([0xfb, 0xff, 0xbf]));
  });

  it.each(["+/+/", "ab=", "Zg==", "a b", "é", "Zm9vY", "🚢"])("refuses %j", (text) => {
    expect(decodeBase64Url(text)).toBeUndefined();
  });

  it("round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        const text = encodeBase64Url(data);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(text.length % 4).not.toBe(1);
        expect(decodeBase64Url(text)).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });
});
