/**
 * POSIX shell quoting for the GitHub script. Inside single quotes the shell expands
 * nothing ($, backticks, backslashes, globs all stay literal); the only character that
 * can end the string is the single quote itself, written as '\'' (close, an escaped
 * quote, reopen). NUL cannot be passed to a command at all, so controls are dropped.
 */
import { withoutInvisibleControls } from "../../visible-text";

export function shellQuote(text: string): string {
  return `'${withoutInvisibleControls(text).replaceAll("'", `'\\''`)}'`;
}

/** A `--name=value` argument as one shell word: gh can never mistake the value for another flag. */
export function shellFlag(name: string, value: string): string {
  return `--${name}=${shellQuote(value)}`;
}
