import { describe, expect, it } from "vitest";
import { newAssessmentId } from "./new-id";

/** Fills any byte view with random bytes, as getRandomValues does. */
function fill<T extends ArrayBufferView | null>(array: T): T {
  if (array) crypto.getRandomValues(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return array;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newAssessmentId", () => {
  it("uses randomUUID where the context offers it", () => {
    expect(
      newAssessmentId({ randomUUID: () => "from-random-uuid", getRandomValues: <T extends ArrayBufferView | null>(array: T): T => array }),
    ).toBe("from-random-uuid");
  });

  it("works outside a secure context, where randomUUID is missing", () => {
    const insecure = { getRandomValues: <T extends ArrayBufferView | null>(array: T): T => fill(array) };
    const ids = new Set(Array.from({ length: 200 }, () => newAssessmentId(insecure)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it("falls back when randomUUID throws", () => {
    const refusing = {
      randomUUID: (): string => {
        throw new Error("not a secure context");
      },
      getRandomValues: <T extends ArrayBufferView | null>(array: T): T => fill(array),
    };
    expect(newAssessmentId(refusing)).toMatch(UUID);
  });
});
