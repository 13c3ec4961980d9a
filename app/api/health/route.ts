/** Liveness for load balancers, container HEALTHCHECKs and the test runner. */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json({ status: "ok" });
}
