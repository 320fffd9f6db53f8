# syntax=docker/dockerfile:1
#
# The argo-guard image: `argo-guard watch` / `argo-guard sweep` (and lint, explain, platforms).
# Multi-stage, multi-arch (docs/image.md):
#   docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/argo-guard/argo-guard:0.1.0 --push .
# The build stages run on the builder's own platform ($BUILDPLATFORM): every dependency is plain
# JavaScript (no native addons), so the same node_modules runs on either target architecture and
# nothing is emulated. Pin the base images by digest in your own builds (docs/image.md).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot

# 1. Compile TypeScript to lib/.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime: distroless Node.js (no shell, no package manager), user 65532 (nonroot).
FROM ${RUNTIME_IMAGE}
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/lib ./lib
COPY package.json ./
COPY bin ./bin
# Numeric, so that Kubernetes' runAsNonRoot can verify it (ArgoGuardWatcher sets runAsUser 65532).
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/nodejs/bin/node", "/app/bin/argo-guard.js"]
CMD ["--help"]
