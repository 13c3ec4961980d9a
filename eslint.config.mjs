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

/** Outside the engine, its one front door: lib/engine/index.ts (tests may also use its fixtures). */
const engineFrontDoor = (allowFixtures) => ({
  regex: allowFixtures ? "^(@/|(\\.\\./)+)lib/engine/(?!test-fixtures/)" : "^(@/|(\\.\\./)+)lib/engine/",
  message: "Import the engine from @/lib/engine (lib/engine/index.ts), its only public surface.",
});
const uiAbove = {
  group: ["@/components/*", "@/app/*", "../components/*"],
  message: "This layer sits below the UI and must not import it.",
};
/** A feature folder in components/ uses another's public index, or the shared ui/, never its files. */
const featureInternals = {
  group: ["../*/*", "!../ui/*"],
  message: "Use the other feature's index (../feature) or a shared piece in components/ui.",
};
const restrict = (...patterns) => ["error", { patterns }];
const labelsInEngine = {
  selector: "VariableDeclarator[id.name=/_LABELS$/]",
  message: "Labels live in lib/engine (one place for screen, print and exports).",
};
const linksThroughAppLink = {
  selector: "ImportDeclaration[source.value='next/link']",
  message: "Use AppLink (components/ui/app-link.tsx): it fetches the next page on intent, not as soon as the link is seen.",
};

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
            {
              group: ["@/lib/state/*", "@/components/*", "@/app/*", "@/content/*", "../state/*"],
              message: "lib/engine depends on nothing above it.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...browserAndStorageGlobals],
    },
  },
  {
    files: [
      "components/**/*.{ts,tsx}",
      "app/**/*.{ts,tsx}",
      "lib/state/**/*.{ts,tsx}",
      "bench/**/*.ts",
      "e2e/**/*.ts",
      "scripts/**/*.ts",
      "content/**/*.test.ts",
      "*.{ts,tsx}",
    ],
    rules: { "no-restricted-imports": restrict(engineFrontDoor(false)) },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx"],
    ignores: ["lib/engine/**", "content/**"],
    rules: { "no-restricted-imports": restrict(engineFrontDoor(true)) },
  },
  {
    files: ["components/*/**/*.{ts,tsx}"],
    ignores: ["components/ui/**"],
    rules: { "no-restricted-imports": restrict(engineFrontDoor(true), featureInternals) },
  },
  {
    // Shared pieces depend on no feature.
    files: ["components/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(engineFrontDoor(true), {
        group: ["../*", "!../ui"],
        message: "components/ui is shared: it imports no feature.",
      }),
    },
  },
  {
    files: ["lib/state/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrict(engineFrontDoor(true), uiAbove) },
  },
  {
    // Content is data: it uses the engine's schemas and condition builder, nothing else.
    files: ["content/**/*.ts"],
    ignores: ["content/**/*.test.ts", "content/browser-questionnaire.ts"],
    rules: {
      "no-restricted-imports": restrict(
        { regex: "^@/lib/engine(?!/content-schema$)", message: "Content imports only @/lib/engine/content-schema." },
        { ...uiAbove, group: [...uiAbove.group, "@/lib/state", "@/lib/state/*"] },
      ),
    },
  },
  {
    // Words the user reads are defined once, in the engine, so screen, paper and exports agree.
    // Links fetch the next page on intent, not on sight: through AppLink (components/ui/app-link.tsx).
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", labelsInEngine, linksThroughAppLink] },
  },
  {
    files: ["components/ui/app-link.tsx"],
    rules: { "no-restricted-syntax": ["error", labelsInEngine] },
  },
  {
    files: ["scripts/**/*.{ts,mjs}", "bench/**/*.ts", "e2e/**/*.ts"],
    rules: { "no-console": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "shot.mjs"]),
]);
