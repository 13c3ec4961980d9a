import { BAND_LABELS, type Band } from "@/lib/engine";

/** A band in words and colour; the word is always there, so colour is never the only signal. */
export function BandTag({ band }: { band: Band }) {
  return <span className={`tag tag--band tag--${band}`}>{BAND_LABELS[band]}</span>;
}
