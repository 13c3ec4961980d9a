import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // A second build directory lets two builds (say, two test runs) work side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  pageExtensions: ["ts", "tsx", "mdx"],
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server for the container image (the Dockerfile sets NEXT_OUTPUT).
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

// Turbopack hands MDX plugins to its Node loader by name, so a local plugin goes in as an
// absolute path string (a function could not cross into Rust). It gives guide headings ids
// and exports them for the table of contents.
const remarkHeadings = fileURLToPath(new URL("./mdx-plugins/remark-headings.mjs", import.meta.url));

const withMDX = createMDX({
  options: { remarkPlugins: [remarkHeadings] },
});

export default withMDX(nextConfig);
