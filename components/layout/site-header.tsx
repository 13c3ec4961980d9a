import Link from "next/link";
import { NavLink } from "./nav-link";

const links: { href: string; label: string; prefetch?: false }[] = [
  { href: "/", label: "Assessment" },
  { href: "/assess/review", label: "Your answers" },
  { href: "/results", label: "Results" },
  { href: "/plan", label: "Plan" },
  { href: "/team", label: "Team" },
  { href: "/assessments", label: "Saved" },
  // Not prefetched: few visits need it, and its code would otherwise load with every page.
  { href: "/portfolio", label: "Portfolio", prefetch: false },
  { href: "/guide", label: "Guides" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Know Before You Deploy
        </Link>
        <nav aria-label="Main">
          <ul className="site-header__nav">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href} prefetch={link.prefetch ?? null}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
