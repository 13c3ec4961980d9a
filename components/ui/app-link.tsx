"use client";
/**
 * The app's link: Next's client-side navigation, with the next page fetched ahead on
 * intent (the pointer over it, focus on it, a touch) instead of as soon as it scrolls into
 * view. A page shows a dozen or more links at once (the header, the areas, the next step),
 * and fetching and decoding every one of those routes as the page starts cost a phone
 * about 150 ms of main thread (4× CPU; a CPU profile of /results showed it), inside the
 * window where the page should be ready for input. A pointer rests on a link for a few
 * hundred milliseconds before the click, which is enough time to fetch a prerendered page.
 *
 * `prefetch={false}` turns even that off, for the long lists (a risk's Change links, a
 * plan action's risks), where no single link is likely to be followed.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

type AppLinkProps = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & {
  href: string;
  prefetch?: false;
};

/** Only this site's own pages are fetched ahead: never another origin. */
function isOwnPage(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: AppLinkProps) {
  const router = useRouter();
  // Next keeps what it fetched and asks again only once that has gone stale.
  const onIntent = (): void => {
    // The fragment names a place on the page, not another page to fetch.
    if (isOwnPage(href)) router.prefetch(href.split("#")[0] ?? href);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onIntent();
        onTouchStart?.(event);
      }}
    />
  );
}

export function AppLink({ prefetch, ...props }: AppLinkProps) {
  // A list's links are plain: no router, no handlers, per link.
  return prefetch === false ? <Link {...props} prefetch={false} /> : <IntentLink {...props} />;
}
