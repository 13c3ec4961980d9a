import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { GuideContents } from "@/components/guide/guide-contents";
import styles from "@/components/guide/guide.module.css";
import { loadGuide, nextArea } from "@/components/guide/load-guide";
import { areas } from "@/content/areas";

interface GuidePageProps {
  params: Promise<{ area: string }>;
}

// Every guide is prerendered; an id outside the areas is a 404, never a render.
export const dynamicParams = false;

export function generateStaticParams(): { area: string }[] {
  return areas.map((area) => ({ area: area.id }));
}

export async function generateMetadata({ params }: GuidePageProps): Promise<Metadata> {
  const loaded = await loadGuide((await params).area);
  if (loaded === undefined) notFound();
  return {
    // The root layout's title template appends the product name.
    title: `${loaded.area.title} — guide`,
    description: loaded.module.guide.description,
  };
}

export default async function GuidePage({ params }: GuidePageProps) {
  const loaded = await loadGuide((await params).area);
  if (loaded === undefined) notFound();

  const { area, module } = loaded;
  const Guide = module.default;
  const next = nextArea(area);

  return (
    <article className={styles.guide}>
      <p className={styles.backLink}>
        <AppLink href={`/assess/${area.id}`}>Answer the {area.title} questions</AppLink>
      </p>

      <h1>{area.title}</h1>
      <p className={styles.summary}>{area.summary}</p>
      <p className={styles.meta}>
        {area.kind === "technical" ? "Technical challenge" : "Non-technical challenge"} · {module.guide.readingMinutes} minute read
      </p>

      <GuideContents headings={module.headings} />

      <div className={styles.prose} data-guide-body="">
        <Guide />
      </div>

      <nav aria-label="More guides" className={styles.pager}>
        <ul>
          <li>
            <AppLink href={`/assess/${area.id}`}>Answer the {area.title} questions</AppLink>
          </li>
          {next === undefined ? null : (
            <li>
              Next guide: <AppLink href={`/guide/${next.id}`}>{next.title}</AppLink>
            </li>
          )}
          <li>
            <AppLink href="/guide">All guides</AppLink>
          </li>
        </ul>
      </nav>
    </article>
  );
}
