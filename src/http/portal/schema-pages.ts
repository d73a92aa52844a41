import type { Dataset } from '../../modules/catalog/service';
import type { IngestionJob } from '../../modules/datastore/service';
import { InputError } from '../../shared/errors';
import type { OfficialViewer } from '../../shared/viewer';
import { datasetTitle, problemsOf, scrollRegion } from './components';
import { html, type Html } from './html';
import { csrfField, page } from './layout';
import type { Messages } from './messages';
import { PageResponse, requireSignIn, type PageContext, type PortalRouter } from './page';

const schemaPath = (slug: string) => `/desk/datasets/${encodeURIComponent(slug)}/schema`;

/** The job whose inferred schema awaits the owner, while the dataset has no confirmed one. */
function awaitingJob(dataset: Dataset, jobs: readonly IngestionJob[]): IngestionJob | undefined {
  return dataset.tableSchema ? undefined : jobs.find((job) => job.state === 'SUCCEEDED' && job.inferredSchema);
}

/** On the desk: a dataset typed by a guessed schema asks its owner to look at it. */
export function schemaReviewLink(dataset: Dataset, jobs: readonly IngestionJob[], m: Messages): Html {
  return awaitingJob(dataset, jobs) ? html`<p><a href="${schemaPath(dataset.slug)}">${m.text('reviewInferredSchema')}</a></p>` : html``;
}

async function schemaPage(
  context: PageContext,
  official: OfficialViewer,
  slug: string,
  failed: { text: string; problem: string } | null = null,
) {
  const { services, portal } = context;
  const m = portal.messages;
  const dataset = await services.catalog.findManaged(official, slug);
  const job = awaitingJob(dataset, (await services.datastore.jobsOf([dataset.id])).get(dataset.id) ?? []);
  if (!job)
    return page(portal, `${m.text('inferredSchemaTitle')}: ${datasetTitle(dataset, m)}`, html`<p>${m.text('noSchemaToConfirm')}</p>`);
  const row = (column: NonNullable<IngestionJob['schemaInference']>[number]) =>
    html`<tr${column.ownerMustDecide ? html` class="attention"` : ''}>
      <th scope="row">${column.column}</th>
      <td>${column.type}</td>
      <td>${column.ownerMustDecide ? html`<strong>${m.text('ownerMustDecide')}</strong> ` : ''}${column.reason}</td>
    </tr>`;
  return page(
    portal,
    `${m.text('inferredSchemaTitle')}: ${datasetTitle(dataset, m)}`,
    html`<p>${m.text('inferredSchemaIntro')}</p>
      <div ${scrollRegion(m.text('inferredSchemaTitle'))}>
        <table>
          <thead>
            <tr>
              <th scope="col">${m.text('column')}</th>
              <th scope="col">${m.text('inferredType')}</th>
              <th scope="col">${m.text('inferenceReason')}</th>
            </tr>
          </thead>
          <tbody>
            ${(job.schemaInference ?? []).map(row)}
          </tbody>
        </table>
      </div>
      <form method="post" action="${schemaPath(dataset.slug)}">
        ${csrfField(portal)}
        <label for="tableSchema">${m.text('tableSchemaJson')}</label>
        ${failed ? html`<p class="error" role="alert" id="tableSchema-error">${failed.problem}</p>` : ''}
        <textarea id="tableSchema" name="tableSchema" rows="16" cols="80" ${failed ? html`aria-describedby="tableSchema-error"` : ''}>
${failed?.text ?? JSON.stringify(job.inferredSchema, null, 2)}</textarea>
        <button type="submit">${m.text('confirmSchema')}</button>
      </form>`,
  );
}

/** The owner reviews the schema ingestion inferred (each column's type and why) and confirms it, corrected or not. */
export function schemaPages(router: PortalRouter): void {
  router.get('/desk/datasets/:slug/schema', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    return schemaPage(context, official, (context.request.params as { slug: string }).slug);
  });

  router.post('/desk/datasets/:slug/schema', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { slug } = context.request.params as { slug: string };
    const text = context.form.get('tableSchema') ?? '';
    try {
      await context.services.datastore.confirmTableSchema(official, slug, parsedSchema(text));
    } catch (error) {
      const problems = problemsOf(error);
      if (!problems) throw error;
      return new PageResponse(400, await schemaPage(context, official, slug, { text, problem: [...problems.values()].join('; ') }));
    }
    void context.reply.redirect('/desk?done=schemaConfirmed', 303);
  });
}

function parsedSchema(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Answered below, as for any text that is not a JSON object.
  }
  throw new InputError([{ field: 'tableSchema', message: 'không phải một đối tượng JSON (not a JSON object)' }]);
}
