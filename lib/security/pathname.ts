/**
 * The one spelling of a request path. A percent-encoded unreserved character (a letter, a
 * digit, or one of - . _ ~) means the character itself (RFC 3986, section 6.2.2.2), so
 * /assess/%73torage is /assess/storage. Every other escape is kept as it is, so %2F stays
 * a character inside a segment and never becomes a separator.
 *
 * A path with a malformed escape (a % without two hex digits after it, or escaped bytes
 * that are not UTF-8) has no meaning at all: the answer is null, never an exception.
 */
const ESCAPE = /%([0-9A-Fa-f]{2})/g;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function canonicalPathname(pathname: string): string | null {
  if (isMalformedPath(pathname)) return null;
  return pathname.replace(ESCAPE, (escape: string, hex: string) => {
    const character = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : escape;
  });
}
