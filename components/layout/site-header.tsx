import { AppLink } from "../ui/app-link";
import { NavLink } from "./nav-link";

// Each page is fetched ahead when the pointer or focus reaches its link (see AppLink).
const links: { href: string; label: string }[] = [
  { href: "/", label: "Assessment" },
  { href: "/assess/review", label: "Your answers" },
  { href: "/results", label: "Results" },
  { href: "/plan", label: "Plan" },
  { href: "/team", label: "Team" },
  { href: "/assessments", label: "Saved" },
  { href: "/portfolio", label: "Portfolio" },
  { href: "/guide", label: "Guides" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <AppLink href="/" className="site-header__brand">
          Know Before You Deploy
        </AppLink>
        <nav aria-label="Main">
          <ul className="site-header__nav">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
