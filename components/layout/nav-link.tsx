"use client";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { AppLink } from "../ui/app-link";

/** A navigation link that marks itself as the current page (for sight and for screen readers). */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <AppLink href={href} aria-current={current ? "page" : undefined}>
      {children}
    </AppLink>
  );
}
