# syntax=docker/dockerfile:1
# The api and the worker, built for docker-compose.yml (targets `api` and `worker`). Both run the TypeScript sources
# through tools/register-ts.js, as `npm start` does (Nest needs the decorator metadata tsx/esbuild do not emit);
# the build stage warms its transpile cache, so a container starts without compiling.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# better-sqlite3 compiles itself when no prebuilt binary fits the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY tools ./tools
COPY libs ./libs
COPY apps ./apps
RUN npx tsc -p apps/web && npx vite build apps/web
RUN node -r ./tools/register-ts.js -e "require('./apps/api/src/app'); require('./apps/worker/src/worker.module'); require('./apps/cli/src/migrate-command')"

FROM deps AS prod-deps
# Production dependencies, plus the compiler that register-ts.js transpiles with.
RUN npm prune --omit=dev --no-audit --no-fund && npm install --no-save --no-audit --no-fund typescript@5.9.3

FROM ${NODE_IMAGE} AS runtime
# pdftoppm and tesseract (vie) for the OCR fallback; tini reaps children and forwards SIGTERM for a clean shutdown.
RUN apt-get update \
  && apt-get install -y --no-install-recommends poppler-utils tesseract-ocr tesseract-ocr-vie tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PLAN_LEDGER_DATA_DIR=/data OMP_THREAD_LIMIT=1
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/node_modules/.cache/plan-ledger-ts ./node_modules/.cache/plan-ledger-ts
COPY --from=build --chown=node:node /app/package.json /app/tsconfig.json ./
COPY --from=build --chown=node:node /app/tools ./tools
COPY --from=build --chown=node:node /app/libs ./libs
COPY --from=build --chown=node:node /app/apps/api ./apps/api
COPY --from=build --chown=node:node /app/apps/worker ./apps/worker
COPY --from=build --chown=node:node /app/apps/cli ./apps/cli
COPY --from=build --chown=node:node /app/apps/web/dist ./apps/web/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
ENTRYPOINT ["/usr/bin/tini", "--"]

FROM runtime AS api
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--heap-growing-percent=50", "-r", "./tools/register-ts.js", "apps/api/src/main.ts"]

FROM runtime AS worker
HEALTHCHECK --interval=15s --timeout=10s --start-period=30s --retries=5 \
  CMD ["node", "-r", "./tools/register-ts.js", "apps/worker/src/health-check.ts"]
CMD ["node", "--heap-growing-percent=50", "-r", "./tools/register-ts.js", "apps/worker/src/main.ts"]
