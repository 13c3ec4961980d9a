import Link from "next/link";

const links = [
  { href: "/", label: "Assessment" },
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
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
