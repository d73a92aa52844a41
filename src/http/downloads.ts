import type { RoutePlugin } from './routes';

/**
 * GET /datasets/:slug/download — the latest CSV of a published public dataset: anonymous,
 * streamed, cacheable by its content hash. Unknown, unpublished and restricted datasets all
 * answer the same 404, so the route does not reveal what exists (002 §20.1).
 */
export const downloadRoutes: RoutePlugin = async (app, deps) => {
  app.get<{ Params: { slug: string } }>('/datasets/:slug/download', async (request, reply) => {
    const catalog = deps.services().catalog;
    const { dataset, distribution } = await catalog.latestOpenCsv(request.params.slug);
    const etag = `"${distribution.sha256}"`;
    reply.header('ETag', etag).header('Cache-Control', 'public, max-age=0, must-revalidate').header('Access-Control-Allow-Origin', '*');
    if (request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
      return reply.status(304).send();
    }
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Length', distribution.byteSize)
      .header(
        'Content-Disposition',
        `attachment; filename="${dataset.slug}.csv"; filename*=UTF-8''${encodeURIComponent(`${dataset.slug}.csv`)}`,
      )
      .send(await catalog.openBlob(distribution.sha256));
  });
};
