import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const browserAndStorageGlobals = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "location",
  "history",
  "fetch",
].map((name) => ({ name, message: "lib/engine is pure: pass data in instead of reading the browser." }));

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      // Destructuring a key away to omit it is how we drop fields immutably.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // The engine is data in, data out: no framework, no browser, no storage.
    files: ["lib/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/engine must not import React." },
            { group: ["next", "next/*", "@next/*"], message: "lib/engine must not import Next.js." },
            { group: ["zustand", "zustand/*"], message: "lib/engine must not import zustand." },
            { group: ["@/lib/state/*", "@/components/*", "@/app/*", "@/content/*", "../state/*"], message: "lib/engine depends on nothing above it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...browserAndStorageGlobals],
    },
  },
  {
    files: ["scripts/**/*.{ts,mjs}", "bench/**/*.ts", "e2e/**/*.ts"],
    rules: { "no-console": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "shot.mjs"]),
]);
