export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Your answers stay in this browser. Nothing is sent to a server unless you share a result link, and even then the answers travel in
        the part of the link after <code>#</code>, which browsers never send.
      </p>
      <p>
        Based on Scott Lowe&apos;s talk <cite>Container Challenges: Know Before You Deploy</cite>, brought up to date for 2026.
      </p>
    </footer>
  );
}
