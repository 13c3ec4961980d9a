import type { GuideModule } from "@/content/guides";
import styles from "./guide.module.css";

type Heading = GuideModule["headings"][number];

/**
 * The guide's table of contents: its `##` sections as in-page links. The headings and their
 * ids come from the compiled MDX module (see mdx-plugins/remark-headings.mjs), so the list is
 * fixed at build time and always matches the ids on the rendered headings.
 */
export function GuideContents({ headings }: { headings: readonly Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length === 0) return null;

  return (
    <nav aria-label="Contents" className={styles.contents}>
      <h2 className={styles.contentsTitle}>Contents</h2>
      <ol className={styles.contentsList}>
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
