# syntax=docker/dockerfile:1
# The app image: one image for the web instances, the worker and the one-shot migration (see compose.yaml).
# Build: docker build -t tagungsbuero .   Deployment guide: docs/deploy.md.

# ---- deps: every package, for the build ----------------------------------------------------------------------------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts stay off as on the development machines: Prisma's engine downloads are not needed (the client is
# generated below with a dummy schema engine, the query compiler is WebAssembly).
RUN npm ci --ignore-scripts --no-audit --no-fund

# ---- prod-deps: runtime packages only (tsx is one: the server runs TypeScript) --------------------------------------
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ---- build ---------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run prisma:generate && npm run build \
  && rm -rf .next/cache \
  && find lib scripts prisma emails -name '*.test.ts' -delete

# ---- runtime -------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
# pg_dump/pg_restore 18 for `npm run backup` / `npm run restore` in the container: Debian bookworm's own client is 15,
# which refuses a PostgreSQL 18 server, so they come from the PostgreSQL project's apt repository (PGDG).
RUN export DEBIAN_FRONTEND=noninteractive \
  && apt-get update \
  && apt-get install -y --no-install-recommends postgresql-common ca-certificates \
  && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
  && apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-18 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  CHECKPOINT_DISABLE=1 \
  HOST=0.0.0.0 \
  PORT=3000 \
  PG_DUMP=/usr/lib/postgresql/18/bin/pg_dump \
  PG_RESTORE=/usr/lib/postgresql/18/bin/pg_restore
WORKDIR /app
# The server and worker run their TypeScript through tsx: the sources they import (lib/, emails/, scripts/, the
# migrations and seed in prisma/) ship with the build; app/ and components/ live on only inside .next.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.json /app/next.config.ts ./
# Next writes its route cache (the event pages' revalidations) below .next at run time.
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/lib ./lib
COPY --from=build /app/emails ./emails
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
# Backups written inside the container (npm run backup) go to /app/backups: mount a volume there to keep them.
# No writable .data/: the signing keys and AUTH_SECRET come from the environment, shared by every instance; a key
# generated per container would sign tickets the other instances reject.
RUN mkdir -p /app/backups && chown node:node /app/backups
# The image's unprivileged user (uid 1000); under /app only .next/ and backups/ are writable to it.
USER node
EXPOSE 3000
# No curl in the slim image: Node asks the liveness endpoint itself.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The server itself, not `npm start` (which would start an embedded database) and not through npm (so SIGTERM
# reaches Node and the graceful drain runs).
CMD ["node", "--import", "tsx", "scripts/server.ts"]
