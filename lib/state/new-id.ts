/**
 * A random id for a new assessment. crypto.randomUUID exists only in secure contexts
 * (HTTPS or localhost), but a team may reach the container over plain HTTP on an internal
 * host name; crypto.getRandomValues works in every context, so it is the fallback.
 */
type RandomSource = Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string };

export function newAssessmentId(source: RandomSource | undefined = globalThis.crypto): string {
  if (typeof source?.randomUUID === "function") {
    try {
      return source.randomUUID();
    } catch {
      // Some browsers expose the method but refuse it outside a secure context.
    }
  }
  const bytes = new Uint8Array(16);
  if (source) source.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  // RFC 9562 version 4 layout, so the id looks like every other one the app makes.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
