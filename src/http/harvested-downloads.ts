import type { RoutePlugin } from './routes';

/**
 * Harvested open data is not copied here: its download sends the client to the file at its
 * source. Deleted and unknown copies answer 404 like unknown local datasets.
 */
export const harvestedDownloadRoutes: RoutePlugin = async (app, deps) => {
  app.get<{ Params: { id: string } }>('/harvested/:id/download', async (request, reply) => {
    const url = await deps.services().federation.downloadUrlOf(request.params.id);
    return reply.redirect(url, 302);
  });
};
