import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/**
 * Links inside MDX: a site path goes through next/link for client-side navigation; anything
 * else is an ordinary link that opens in the same tab, as the reader expects.
 */
function MdxLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** Code blocks may scroll sideways, so they must be reachable by keyboard (WCAG 2.1.1). */
function MdxPre(props: ComponentPropsWithoutRef<"pre">) {
  return <pre tabIndex={0} {...props} />;
}

const components: MDXComponents = {
  a: MdxLink,
  pre: MdxPre,
};

export function useMDXComponents(overrides: MDXComponents = {}): MDXComponents {
  return { ...components, ...overrides };
}
