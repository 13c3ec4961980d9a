// MDX guides export their metadata by name; TypeScript needs to know that shape.
declare module "*.mdx" {
  import type { ComponentType } from "react";
  import type { MDXProps } from "mdx/types";

  /** A `##` or `###` heading, as listed by mdx-plugins/remark-headings.mjs at build time. */
  export interface MdxHeading {
    readonly depth: 2 | 3;
    /** The heading element's `id`, so `#${id}` links to it. */
    readonly id: string;
    readonly text: string;
  }

  /** What every guide in content/guides/ exports as `guide`. */
  export interface GuideMeta {
    /** One sentence, used as the page's meta description and on the guides index. */
    readonly description: string;
    readonly readingMinutes: number;
  }

  /** Added to every MDX module by the remark plugin, in document order. */
  export const headings: readonly MdxHeading[];
  /** Authored in each guide in content/guides/, the only MDX modules the app imports. */
  export const guide: GuideMeta;

  const MDXContent: ComponentType<MDXProps>;
  export default MDXContent;
}
