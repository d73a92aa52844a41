# The hub's production image: Node 22 LTS runs the same code as the Node 20 development machines.
FROM node:22-bookworm-slim AS build
WORKDIR /hub
COPY package.json package-lock.json ./
# npm ci's postinstall applies them (patch-package): fixes to dependencies that upstream has not released.
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run -s build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /hub
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /hub/node_modules ./node_modules
COPY --from=build /hub/dist ./dist
COPY package.json ./
COPY catalog ./catalog
COPY seeds ./seeds
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js", "serve"]
