import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import styles from "@/components/guide/guide.module.css";
import { loadGuide, type LoadedGuide } from "@/components/guide/load-guide";
import { areas } from "@/content/areas";

export const metadata: Metadata = {
  title: "Guides",
  description: "Long-form guidance for each area of container adoption: what the 2015 talk warned about and what good looks like today.",
};

async function loadAll(): Promise<LoadedGuide[]> {
  const loaded = await Promise.all(areas.map((area) => loadGuide(area.id)));
  return loaded.filter((guide): guide is LoadedGuide => guide !== undefined);
}

export default async function GuidesIndexPage() {
  const guides = await loadAll();

  return (
    <div className={styles.guide}>
      <h1>Guides</h1>
      <p className={styles.summary}>
        One guide for each area the assessment asks about: the challenge as Scott Lowe described it in 2015, what your answers mean, and
        what good practice looks like now.
      </p>
      <ol className={styles.index}>
        {guides.map(({ area, module }) => (
          <li key={area.id}>
            <h2 className={styles.indexTitle}>
              <AppLink href={`/guide/${area.id}`}>{area.title}</AppLink>
            </h2>
            <p>{area.summary}</p>
            <p className={styles.meta}>{module.guide.readingMinutes} minute read</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
