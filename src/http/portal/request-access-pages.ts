import type { Dataset } from '../../modules/catalog/service';
import { columnsOf, type DatasetColumn, type DatasetVersion } from '../../modules/datastore/service';
import { NotFoundError } from '../../shared/errors';
import type { Services } from '../../services';
import { datasetTitle, describedBy, fieldError, problemsOf, scrollRegion } from './components';
import { html, type Html } from './html';
import { csrfField, page } from './layout';
import type { Messages } from './messages';
import { PageResponse, requireSignIn, type PageContext, type PortalRouter } from './page';

/** What the requester typed and what the service refused, shown again next to each field. */
interface FailedRequest {
  form: URLSearchParams;
  errors: Map<string, string>;
}

/** The columns of the latest version (or the declared schema before any): what the catalogue shows and an e-form names. */
export async function columnsOfDataset(services: Services, dataset: Dataset): Promise<DatasetColumn[]> {
  return columnsOfVersion(dataset, (await services.datastore.versionsOf([dataset.id])).get(dataset.id) ?? []);
}

/** The same, from the dataset's versions already read (newest first). */
export function columnsOfVersion(dataset: Dataset, versions: readonly DatasetVersion[]): DatasetColumn[] {
  return columnsOf(versions[0]?.tableSchema ?? dataset.tableSchema);
}

export function columnsTable(columns: readonly DatasetColumn[], m: Messages): Html {
  if (columns.length === 0) return html`<p>${m.text('noColumns')}</p>`;
  return html`<div ${scrollRegion(m.text('columnsTitle'))}>
    <table id="columns">
      <thead>
        <tr>
          <th scope="col">${m.text('columnName')}</th>
          <th scope="col">${m.text('columnType')}</th>
          <th scope="col">${m.text('columnTitle')}</th>
          <th scope="col">${m.text('columnDescription')}</th>
        </tr>
      </thead>
      <tbody>
        ${columns.map(
          (column) =>
            html`<tr>
              <td><code>${column.name}</code></td>
              <td>${column.type}</td>
              <td>${column.title ?? ''}</td>
              <td>${column.description ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * 002 §30, §27.2: on the page of a RESTRICTED dataset, how to obtain it, the requester's own
 * requests, and the e-form prefilled from the dataset (its slug and its columns as checkboxes),
 * for an official of another agency; anyone else is told to sign in.
 */
export async function requestAccessSection(
  context: PageContext,
  dataset: Dataset,
  columns: readonly DatasetColumn[],
  failed: FailedRequest | null = null,
): Promise<Html> {
  const { portal, services } = context;
  const m = portal.messages;
  const viewer = portal.viewer;
  const path = `/datasets/${encodeURIComponent(dataset.slug)}`;
  let body: Html;
  if (viewer.kind !== 'official') {
    body = html`<p><a class="button" href="/sign-in?next=${encodeURIComponent(path)}">${m.text('requestAccessSignIn')}</a></p>`;
  } else if (viewer.agencyId === dataset.ownerAgencyId) {
    body = html`<p>${m.text('requestAccessOwn')}</p>`;
  } else {
    const own = (await services.access.ownRequestsOf(viewer, [dataset.id])).get(dataset.id) ?? [];
    body = html`${
      own.length > 0
        ? html`<h3>${m.text('myRequestsHere')}</h3>
            <ul id="my-requests">
              ${own.map((request) => html`<li>${m.date(request.submittedAt)} · ${m.requestState(request.state)} · ${request.requestedColumns.join(', ')}</li>`)}
            </ul>`
        : ''
    }
    ${requestForm(context, dataset, columns, failed)}`;
  }
  return html`<section aria-labelledby="request-access">
    <h2 id="request-access">${m.text('requestAccessTitle')}</h2>
    <p>${m.text('requestAccessHow')}</p>
    ${body}
  </section>`;
}

function requestForm(context: PageContext, dataset: Dataset, columns: readonly DatasetColumn[], failed: FailedRequest | null): Html {
  const m = context.portal.messages;
  const errors = failed?.errors ?? new Map<string, string>();
  const typed = failed?.form ?? new URLSearchParams();
  const chosen = typed.getAll('requestedColumns');
  const field = (name: string, label: string, type = 'text', value = typed.get(name) ?? '') =>
    html`<label for="ea-${name}">${label}</label>
      <input type="${type}" id="ea-${name}" name="${name}" value="${value}" ${describedBy(errors, name, `ea-${name}`)} />
      ${fieldError(errors, name, `ea-${name}`)}`;
  return html`${errors.has('form') ? html`<p class="error" role="alert">${errors.get('form')}</p>` : ''}
    <form method="post" action="/datasets/${encodeURIComponent(dataset.slug)}/request-access" id="request-access-form">
      ${csrfField(context.portal)} ${fieldError(errors, 'datasetSlug', 'ea-dataset')}
      <label for="ea-purpose">${m.text('purpose')}</label>
      <textarea id="ea-purpose" name="purpose" rows="3" ${describedBy(errors, 'purpose', 'ea-purpose')}>
${typed.get('purpose') ?? ''}</textarea>
      ${fieldError(errors, 'purpose', 'ea-purpose')} ${field('legalBasis', m.text('legalBasis'))}
      <fieldset class="checks" ${describedBy(errors, 'requestedColumns', 'ea-columns')}>
        <legend>${m.text('requestedColumns')}</legend>
        ${columns.map(
          (column, index) =>
            html`<label for="ea-column-${index}"
              ><input
                type="checkbox"
                id="ea-column-${index}"
                name="requestedColumns"
                value="${column.name}"
                ${chosen.includes(column.name) ? html`checked` : ''}
              />
              ${column.title ? `${column.title} (${column.name})` : column.name}</label
            >`,
        )}
      </fieldset>
      ${fieldError(errors, 'requestedColumns', 'ea-columns')}
      <label for="ea-deliveryForm">${m.text('deliveryForm')}</label>
      <select id="ea-deliveryForm" name="deliveryForm">
        <option value="API" ${typed.get('deliveryForm') !== 'FILE' ? html`selected` : ''}>${m.text('deliveryApi')}</option>
        <option value="FILE" ${typed.get('deliveryForm') === 'FILE' ? html`selected` : ''}>${m.text('deliveryFile')}</option>
      </select>
      ${field('periodFrom', m.text('periodFrom'), 'date')} ${field('periodTo', m.text('periodTo'), 'date')}
      ${field('accessFrequency', m.text('accessFrequency'))} ${field('contactName', m.text('contactName'))}
      ${field('contactEmail', m.text('contactEmail'), 'email')} ${field('contactPhone', m.text('contactPhone'), 'tel')}
      <p>
        <label for="ea-noOnwardSharing" class="check"
          ><input
            type="checkbox"
            id="ea-noOnwardSharing"
            name="noOnwardSharing"
            value="true"
            ${typed.get('noOnwardSharing') ? html`checked` : ''}
          />
          ${m.text('noOnwardSharing')}</label
        >
        ${fieldError(errors, 'noOnwardSharing', 'ea-noOnwardSharing')}
      </p>
      ${
        dataset.fee === 'CHARGED'
          ? html`<p>
              <label for="ea-feesAcknowledged" class="check"
                ><input
                  type="checkbox"
                  id="ea-feesAcknowledged"
                  name="feesAcknowledged"
                  value="true"
                  ${typed.get('feesAcknowledged') ? html`checked` : ''}
                />
                ${m.text('feesAcknowledged')} ${dataset.feeNote ? `(${dataset.feeNote})` : ''}</label
              >
              ${fieldError(errors, 'feesAcknowledged', 'ea-feesAcknowledged')}
            </p>`
          : ''
      }
      <p><button type="submit">${m.text('sendRequest')}</button></p>
    </form>`;
}

/** POST /datasets/:slug/request-access: the e-form, the dataset named by the page it came from. */
export function requestAccessPages(router: PortalRouter): void {
  router.post('/datasets/:slug/request-access', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { services, form, portal } = context;
    const { slug } = context.request.params as { slug: string };
    const dataset = await services.catalog.findBySlug(official, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    try {
      await services.access.submitAccessRequest(official, {
        datasetSlug: dataset.slug,
        purpose: form.get('purpose') ?? '',
        legalBasis: form.get('legalBasis') ?? '',
        requestedColumns: form.getAll('requestedColumns'),
        deliveryForm: form.get('deliveryForm') === 'FILE' ? 'FILE' : 'API',
        periodFrom: form.get('periodFrom') ?? '',
        periodTo: form.get('periodTo') ?? '',
        accessFrequency: form.get('accessFrequency') ?? '',
        contactName: form.get('contactName') ?? '',
        contactEmail: form.get('contactEmail') || null,
        contactPhone: form.get('contactPhone') || null,
        noOnwardSharing: form.get('noOnwardSharing') === 'true',
        feesAcknowledged: form.get('feesAcknowledged') === 'true',
      });
    } catch (error) {
      const errors = problemsOf(error);
      if (!errors) throw error;
      const section = await requestAccessSection(context, dataset, await columnsOfDataset(services, dataset), { form, errors });
      return new PageResponse(
        400,
        page(
          portal,
          datasetTitle(dataset, portal.messages),
          html`<p class="error" role="alert">${portal.messages.text('errorSummary')}</p>
            ${section}`,
        ),
      );
    }
    void context.reply.redirect(`/datasets/${encodeURIComponent(dataset.slug)}?done=requested#request-access`, 303);
  });
}
