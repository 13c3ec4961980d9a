import { when, type Risk } from "@/lib/engine/content-schema";

export const risks: Risk[] = [
  {
    id: "ownership.unpatched-images",
    area: "ownership",
    title: "Images go stale and nobody patches them",
    description:
      "Base images and the packages inside them are never rebuilt, so known vulnerabilities ship and stay in production for months. When a critical CVE lands, nobody knows which images contain it or who should rebuild them.",
    affects: "Security staff, and the customers whose data the services hold",
    rules: [
      {
        when: when.equals("ownership.dockerfile-owner", "not-sure"),
        likelihood: 5,
        impact: 4,
        reason: "An image with no owner is an image nobody rebuilds.",
      },
      {
        when: when.equals("ownership.base-images", "not-sure"),
        likelihood: 5,
        impact: 4,
        reason: "If nobody knows where base images come from, nobody is tracking their fixes.",
      },
      {
        when: when.equals("ownership.base-images", "anything"),
        likelihood: 4,
        impact: 4,
        reason: "Arbitrary public bases vary in quality and upkeep, and can disappear or change terms overnight.",
      },
      {
        when: when.all(when.equals("ownership.dockerfile-owner", "platform-team"), when.in("ownership.dev-ops", ["handoff", "friction"])),
        likelihood: 4,
        impact: 3,
        reason: "The team that knows the dependencies does not own the file, so updates wait in a ticket queue.",
      },
      {
        when: when.equals("ownership.base-images", "official"),
        likelihood: 3,
        impact: 3,
        reason: "Official images are maintained, but each project picks its own and rebuilds only when someone remembers.",
      },
    ],
  },
  {
    id: "ownership.no-traceability",
    area: "ownership",
    title: "A running container cannot be traced to the code that built it",
    description:
      "In an incident nobody can say which commit, build or configuration is running, so diagnosis starts with archaeology and rollbacks are guesses. Audits cannot show that what runs is what was reviewed.",
    affects: "On-call staff during incidents, and auditors",
    rules: [
      {
        when: when.in("ownership.build", ["manual", "not-sure"]),
        likelihood: 5,
        impact: 3,
        reason: "Hand-built images carry whatever was on the builder's machine and record nothing about their source.",
      },
      {
        when: when.equals("ownership.traceability", "not-sure"),
        likelihood: 5,
        impact: 3,
        reason: "If nobody has checked, the link from container to commit is almost certainly missing.",
      },
      {
        when: when.equals("ownership.traceability", "no"),
        likelihood: 4,
        impact: 3,
        reason: "CI builds the images, but nothing in them records the commit.",
      },
      {
        when: when.in("orchestration.deploy-method", ["manual", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "Changes applied by hand make the running configuration differ from anything in git.",
      },
      {
        when: when.equals("ownership.build", "ci-and-manual"),
        likelihood: 3,
        impact: 3,
        reason: "The hand-built exceptions are the images you will be unable to trace.",
      },
      {
        when: when.equals("ownership.traceability", "tags"),
        likelihood: 2,
        impact: 3,
        reason: "Tags usually point the right way, but they can be moved and reused.",
      },
    ],
  },
  {
    id: "ownership.untested-artefact",
    area: "ownership",
    title: "What runs in production is not the image that was tested",
    description:
      "A moving tag lets a node pull a newer image when a container is rescheduled, or each environment gets its own build. Production then runs bytes nobody tested, and the change shows up only as an unexplained failure.",
    affects: "The service's users, and the team chasing a change nobody made",
    rules: [
      {
        when: when.equals("ownership.tagging", "not-sure"),
        likelihood: 5,
        impact: 3,
        reason: "Unknown tagging practice in a new platform is usually 'latest' somewhere.",
      },
      {
        when: when.equals("ownership.tagging", "latest"),
        likelihood: 4,
        impact: 3,
        reason: "With a moving tag, the next reschedule or node replacement can pull a different image.",
      },
      {
        when: when.in("app-knowledge.config", ["baked", "not-sure"]),
        likelihood: 4,
        impact: 3,
        reason: "Configuration baked into the image means a build per environment, so production runs an image nobody tested.",
      },
      {
        when: when.equals("ownership.tagging", "version-tag"),
        likelihood: 2,
        impact: 3,
        reason: "Version tags can be overwritten unless the registry enforces immutability.",
      },
    ],
  },
  {
    id: "ownership.dev-ops-friction",
    area: "ownership",
    title: "Containers become the new wall between Dev and Ops",
    description:
      "Developers throw images over the wall and operations runs what it does not understand, so incidents bounce between teams and nobody changes the image to fix the cause. The technology changes; the hand-off problem stays.",
    affects: "Both teams, and the users waiting while an incident is passed back and forth",
    rules: [
      {
        when: when.all(when.equals("ownership.dev-ops", "friction"), when.in("ownership.incident-review", ["blame", "nothing"])),
        likelihood: 5,
        impact: 4,
        reason: "Friction plus blame or silence after incidents: containers will not magically fix it, as the talk said.",
      },
      {
        when: when.equals("ownership.dev-ops", "friction"),
        likelihood: 4,
        impact: 4,
        reason: "Open friction turns every image and every incident into a negotiation.",
      },
      {
        when: when.all(when.equals("ownership.dev-ops", "handoff"), when.in("ownership.incident-review", ["blame", "nothing"])),
        likelihood: 4,
        impact: 3,
        reason: "Ticket hand-offs without shared learning leave each team optimising its own side.",
      },
      {
        when: when.equals("ownership.dev-ops", "handoff"),
        likelihood: 3,
        impact: 3,
        reason: "Hand-offs by ticket slow every image change, even when reviews go well.",
      },
    ],
  },
];
