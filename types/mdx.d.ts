// MDX guides export their metadata by name; TypeScript needs to know that shape.
declare module "*.mdx" {
  import type { ComponentType } from "react";
  import type { MDXProps } from "mdx/types";

  const MDXContent: ComponentType<MDXProps>;
  export default MDXContent;
}
