import { StartPanel } from "@/components/start/start-panel";
import { questionnaire } from "@/content/questionnaire";
import { questionLogic } from "@/lib/engine";

export default function StartPage() {
  const areas = questionnaire.areas.map(({ id, title, summary }) => ({ id, title, summary }));
  const questionCount = questionnaire.questions.filter((q) => !q.when).length;
  return (
    <>
      <h1>Know before you deploy</h1>
      <p className="lead">Find out what stands between your team and running containers in production — before it finds you.</p>
      <ul className="intro-list">
        <li>
          <strong>For</strong> architects, platform leads and the team that owns one application or service.
        </li>
        <li>
          <strong>What you answer:</strong> {areas.length} areas, from scope and skills to storage, signals and orchestration; about{" "}
          {questionCount} questions, plus follow-ups only where your answers make them relevant.
        </li>
        <li>
          <strong>How long:</strong> 20 to 30 minutes. You can stop at any time and carry on later.
        </li>
        <li>
          <strong>What you get:</strong> a risk matrix that explains every risk by your answers, and a phased adoption plan with owners and
          effort, to print or export as Markdown, CSV or JSON.
        </li>
        <li>
          <strong>Your answers stay in this browser.</strong> Nothing is sent anywhere unless you share a result link.
        </li>
      </ul>
      <StartPanel areas={areas} logic={questionLogic(questionnaire.questions)} />
    </>
  );
}
