import { UnauthenticatedError } from '../shared/errors';
import type { RoutePlugin } from './routes';
import { viewerOf } from './viewer';

/** The citizen downloads the receipt of one of their consents, in plain Vietnamese text. */
export const consentReceiptRoutes: RoutePlugin = async (app, deps) => {
  app.get<{ Params: { id: string } }>('/consents/:id/receipt', async (request, reply) => {
    const services = deps.services();
    const viewer = await viewerOf(request, deps, services);
    if (!viewer || viewer.kind === 'anonymous') throw new UnauthenticatedError();
    const { consent, text } = await services.consent.receipt(await services.citizens.consentSubjectOf(viewer), request.params.id);
    return reply
      .header('Content-Type', 'text/plain; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${consent.receiptNumber}.txt"`)
      .header('Cache-Control', 'no-store')
      .send(text);
  });
};
