/**
 * The content files (see content/files.ts), written once at build time from the checked
 * content: the questionnaire without help text, and the codebooks of every released version.
 */
import { browserQuestionnaire } from "@/content/browser-questionnaire";
import { CONTENT_FILES } from "@/content/files";
import { codebooks } from "@/content/link-codebooks";

export const dynamic = "force-static";
export const dynamicParams = false;

const bodies: Record<string, () => unknown> = {
  [CONTENT_FILES.questionnaire]: () => browserQuestionnaire,
  [CONTENT_FILES.codebooks]: () => codebooks,
};

export function generateStaticParams(): { file: string }[] {
  return Object.keys(bodies).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/content/[file]">): Promise<Response> {
  const { file } = await params;
  const body = Object.hasOwn(bodies, file) ? bodies[file] : undefined;
  if (!body) return new Response("Not Found\n", { status: 404 });
  return Response.json(body(), { headers: { "Cache-Control": "public, max-age=31536000, immutable" } });
}
