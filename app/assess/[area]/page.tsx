import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaStepPage } from "@/components/wizard/area-step-page";
import { questionnaire } from "@/content/questionnaire";

export const dynamicParams = false;

export function generateStaticParams(): { area: string }[] {
  return questionnaire.areas.map((area) => ({ area: area.id }));
}

export async function generateMetadata({ params }: PageProps<"/assess/[area]">): Promise<Metadata> {
  const { area } = await params;
  const index = questionnaire.areas.findIndex((entry) => entry.id === area);
  const found = questionnaire.areas[index];
  return { title: found ? `${found.title} (area ${index + 1} of ${questionnaire.areas.length})` : "Area not found" };
}

export default async function AreaPage({ params }: PageProps<"/assess/[area]">) {
  const { area } = await params;
  if (!questionnaire.areas.some((entry) => entry.id === area)) notFound();
  return <AreaStepPage areaId={area} />;
}
