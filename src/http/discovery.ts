import type { RoutePlugin } from './routes';

/**
 * For search engines and feed readers, anonymous like all open data (opendata/discovery.ts):
 * GET /robots.txt, /sitemap.xml and /feeds/datasets.atom. Each may be cached for five minutes.
 */
export const discoveryRoutes: RoutePlugin = async (app, deps) => {
  const shared = 'public, max-age=300';
  app.get('/robots.txt', async (_request, reply) =>
    reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', shared).send(deps.services().openData.robotsTxt()),
  );
  app.get('/sitemap.xml', async (_request, reply) =>
    reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', shared)
      .send(await deps.services().openData.sitemapXml()),
  );
  app.get('/feeds/datasets.atom', async (_request, reply) =>
    reply
      .header('content-type', 'application/atom+xml; charset=utf-8')
      .header('cache-control', shared)
      .send(await deps.services().openData.atomFeed()),
  );
};
