# syntax=docker/dockerfile:1
# Know Before You Deploy, as it tells teams to ship: a small non-root image built from
# pinned inputs, one process started in exec form so it receives SIGTERM, logs on stdout,
# a health check, and OCI labels that trace the image back to its commit.

ARG NODE_VERSION=20.20.2

# 1. Dependencies, from the lockfile only (cached until it changes).
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The production build: a standalone server plus the CSP hashes of every page.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. The runtime: only the standalone server, its static files and public assets.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ARG SOURCE_URL="https://github.com/know-before-you-deploy/know-before-you-deploy"
ARG REVISION="unknown"
ARG VERSION="0.1.0"
LABEL org.opencontainers.image.title="Know Before You Deploy" \
      org.opencontainers.image.description="A wizard that turns a team's answers about adopting containers into a risk matrix and a phased adoption plan." \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT"
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=1000:1000 /app/.next/standalone ./
COPY --from=build --chown=1000:1000 /app/.next/static ./.next/static
COPY --from=build --chown=1000:1000 /app/public ./public
# The image's "node" user, by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node runs as PID 1 itself (no shell in between), so SIGTERM reaches the server, which
# closes its connections and exits. Run with `docker run --init` to also reap zombies.
ENTRYPOINT ["node", "server.js"]
