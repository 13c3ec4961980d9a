"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that marks itself as the current page (for sight and for screen readers). */
export function NavLink({ href, children, prefetch = null }: { href: string; children: ReactNode; prefetch?: false | null }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} prefetch={prefetch} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
