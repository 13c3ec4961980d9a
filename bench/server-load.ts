/**
 * Server load: autocannon against `next start` on loopback, bounded in time, for the start
 * page and an area step (both prerendered; the proxy adds the CSP header to each response).
 * Prints requests per second, p99 latency and errors.
 *
 *   npm run build && npm run bench:load
 */
import autocannon from "autocannon";
import { startServer } from "./support/server";

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const server = await startServer(3802);

try {
  console.log(`Load: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per route, next start on loopback, Node ${process.version}\n`);
  console.log("| route | requests/s (mean) | latency p50 ms | latency p99 ms | requests | errors | non-2xx |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  let failures = 0;
  for (const route of ["/", "/assess/storage"]) {
    // A short warm-up so the first figures are not the server's cold start.
    await autocannon({ url: server.url + route, connections: 2, duration: 1 });
    const result = await autocannon({ url: server.url + route, connections: CONNECTIONS, duration: DURATION_SECONDS });
    failures += result.errors + result.non2xx + result.timeouts;
    console.log(
      `| ${route} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ${result.errors + result.timeouts} | ${result.non2xx} |`,
    );
  }
  if (failures > 0) process.exitCode = 1;
} finally {
  await server.stop();
}
