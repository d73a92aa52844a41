import type { FastifyInstance } from 'fastify';
import type { IngestionJob } from '../../modules/datastore/service';
import { NotFoundError } from '../../shared/errors';
import { hasRole } from '../../shared/viewer';
import type { RouteDependencies } from '../routes';
import { acceptUploadBodies, receiveUpload, type UploadRequest } from '../uploads';
import { scrollRegion } from './components';
import { html, type Html } from './html';
import { csrfField, page } from './layout';
import type { Messages } from './messages';
import { requireSignIn, type PortalRouter } from './page';
import { csrfMatches, portalRequest, type CookieOptions, type PortalRequest } from './session';

const uploadPath = (slug: string) => `/desk/datasets/${encodeURIComponent(slug)}/distributions`;
const jobPath = (id: string) => `/desk/jobs/${id}`;

/** The desk's upload form: revealed and sent by the script; stewards only. */
export function uploadForm(portal: PortalRequest, slug: string): Html {
  if (!hasRole(portal.viewer, 'DATA_STEWARD')) return html``;
  const m = portal.messages;
  const id = `file-${slug}`;
  return html`<form data-upload action="${uploadPath(slug)}" hidden>
      ${csrfField(portal)}
      <label for="${id}">${m.text('uploadLabel')}</label>
      <input type="file" id="${id}" name="file" accept=".csv,.xlsx,text/csv" />
      <button type="submit">${m.text('uploadButton')}</button>
      <p class="error" role="alert" data-upload-error></p>
    </form>
    <noscript><p>${m.text('uploadNoScript')}</p></noscript>`;
}

export function jobLink(job: IngestionJob | undefined, m: Messages): Html {
  return job ? html`<p>${m.text('latestIngestion')}: <a href="${jobPath(job.id)}">${m.jobState(job.state)}</a></p>` : html``;
}

function jobPage(portal: PortalRequest, job: IngestionJob, slug: string): Html {
  const m = portal.messages;
  const running = job.state === 'QUEUED' || job.state === 'RUNNING';
  const total = Math.max(job.totalBytes, 1);
  // A finished job has read its whole file, whatever its counter was left at.
  const read = running ? Math.min(job.bytesRead, total) : total;
  return page(
    portal,
    `${m.text('jobTitle')}: ${slug}`,
    html`<p role="status">${m.jobState(job.state)}</p>
      <label for="progress">${m.text('progress')}</label>
      <progress id="progress" max="${total}" value="${read}">${Math.round((read / total) * 100)}%</progress>
      <dl>
        <dt>${m.text('rowsProcessed')}</dt>
        <dd>${m.number(job.rowsProcessed)}</dd>
        <dt>${m.text('problemCount')}</dt>
        <dd>${m.number(job.problemCount)}</dd>
      </dl>
      <h2>${m.text('problems')}</h2>
      ${
        job.problems.length === 0
          ? html`<p>${m.text('noProblems')}</p>`
          : html`<div ${scrollRegion(m.text('problems'))}>
              <table class="problems">
                <thead>
                  <tr>
                    <th scope="col">${m.text('row')}</th>
                    <th scope="col">${m.text('column')}</th>
                    <th scope="col">${m.text('message')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${job.problems.map(
                    (problem) =>
                      html`<tr>
                        <td>${problem.row ?? ''}</td>
                        <td>${problem.column ?? ''}</td>
                        <td>${problem.message}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      <p><a href="/desk">${m.text('backToDesk')}</a></p>`,
    // Live progress without script: the page reloads itself until the job has finished.
    running ? html`<meta http-equiv="refresh" content="1" />` : html``,
  );
}

/**
 * PUT /desk/datasets/:slug/distributions: the API's upload, recognising the official by the
 * session cookie and the CSRF token in a header (a cross-site page can neither PUT nor set it).
 */
export async function uploadRoute(app: FastifyInstance, deps: RouteDependencies, options: CookieOptions): Promise<void> {
  acceptUploadBodies(app);
  app.put('/desk/datasets/:slug/distributions', async (request: UploadRequest, reply) => {
    const portal = await portalRequest(request, reply, deps, options);
    if (portal.viewer.kind !== 'official')
      return reply.status(401).send({ error: 'UNAUTHENTICATED', message: 'Cần đăng nhập (sign-in required)' });
    const token = request.headers['x-csrf-token'];
    if (!csrfMatches(portal, typeof token === 'string' ? token : null)) {
      return reply.status(403).send({ error: 'FORBIDDEN', message: portal.messages.text('badForm') });
    }
    return receiveUpload(request, reply, portal.viewer, deps);
  });
}

export function jobPages(router: PortalRouter): void {
  router.get('/desk/jobs/:id', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { id } = context.request.params as { id: string };
    const job = await context.services.datastore.findJob(official, id);
    if (!job) throw new NotFoundError(`Không có lượt nạp dữ liệu ${id} (no such ingestion job)`);
    const [dataset] = await context.services.trusted.catalog.findByIds([job.datasetId]);
    return jobPage(context.portal, job, dataset?.slug ?? '');
  });
}
