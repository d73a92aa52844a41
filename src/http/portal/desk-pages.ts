import type { AccessRequest } from '../../modules/access/service';
import type { Dataset } from '../../modules/catalog/service';
import { hasRole, type OfficialViewer } from '../../shared/viewer';
import { agencyName, datasetTitle, describedBy, fieldError, problemsOf, scrollRegion } from './components';
import { codeListDeskNote, codeListEntriesOf } from './code-lists';
import { deskLinks } from './desk-links';
import { checksList, latestChecks } from './review-pages';
import { schemaReviewLink } from './schema-pages';
import { jobLink, uploadForm } from './upload-pages';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { Messages } from './messages';
import { PageResponse, requireSignIn, type PageContext, type PortalRouter } from './page';
import {
  answerForms,
  commentsList,
  counterOfferForm,
  counterOfferSummary,
  dayIn,
  earliestApprovalDay,
  negotiationPages,
  termsFields,
  type FailedCounterOffer,
} from './negotiation-pages';

/** A form that came back with problems: which request, what was typed, the service's words per field. */
interface FailedDecision {
  requestId: string;
  form: URLSearchParams;
  errors: Map<string, string>;
}

async function desk(context: PageContext, official: OfficialViewer, problem: string | null = null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const [agency] = await services.agencies.findByIds([official.agencyId]);
  const mine = agency
    ? await services.catalog.listDatasets(official, {
        first: 100,
        filter: { provinceCodes: [agency.provinceCode], ownerCodes: [agency.code] },
      })
    : null;
  const datasets = mine?.nodes ?? [];
  const [checks, jobs, submittable, codeLists] = await Promise.all([
    latestChecks(services, datasets),
    services.datastore.jobsOf(datasets.map((dataset) => dataset.id)),
    services.compliance.submittable(datasets),
    codeListEntriesOf(services, datasets),
  ]);
  const row = (dataset: Dataset) =>
    html`<tr>
      <td><a href="/datasets/${encodeURIComponent(dataset.slug)}">${datasetTitle(dataset, m)}</a></td>
      <td>
        ${m.reviewState(dataset.reviewState)}${dataset.publishedAt ? html` · ${m.text('publishedOn')} ${m.date(dataset.publishedAt)}` : ''}
        ${checks.get(dataset.id) ? checksList(checks.get(dataset.id)!, m) : ''}
      </td>
      <td>
        ${
          // Offered only where the council would take it: a draft, or a compliant dataset with a newer version.
          hasRole(official, 'DATA_STEWARD') && submittable.has(dataset.id)
            ? html`<form method="post" action="/desk/datasets/${encodeURIComponent(dataset.slug)}/submit">
                ${csrfField(portal)} <button type="submit">${m.text('submitForReview')}</button>
              </form>`
            : ''
        }
        ${
          codeLists.has(dataset.id)
            ? codeListDeskNote(dataset, codeLists.get(dataset.id)!, m)
            : html`${jobLink(jobs.get(dataset.id)?.[0], m)} ${schemaReviewLink(dataset, jobs.get(dataset.id) ?? [], m)}
              ${uploadForm(portal, dataset.slug)}`
        }
      </td>
    </tr>`;
  return page(
    portal,
    `${m.text('deskTitle')}: ${agencyName(agency, m)}`,
    html`${doneNotice(portal)}${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
      <h2>${m.text('myDatasets')}</h2>
      ${
        datasets.length > 0
          ? html`<div ${scrollRegion(m.text('myDatasets'))}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">${m.text('title')}</th>
                    <th scope="col">${m.text('state')}</th>
                    <th scope="col">${m.text('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${datasets.map(row)}
                </tbody>
              </table>
            </div>`
          : html`<p>${m.text('noDatasets')}</p>`
      }
      ${deskLinks(official, m)}`,
  );
}

function requestSummary(request: AccessRequest, requester: string, m: Messages): Html {
  return html`<dl>
    <dt>${m.text('requester')}</dt>
    <dd>${requester}</dd>
    <dt>${m.text('purpose')}</dt>
    <dd>${request.purpose}</dd>
    <dt>${m.text('legalBasis')}</dt>
    <dd>${request.legalBasis}</dd>
    <dt>${m.text('requestedColumns')}</dt>
    <dd>${request.requestedColumns.join(', ')}</dd>
    <dt>${m.text('requestedPeriod')}</dt>
    <dd>${request.periodFrom} → ${request.periodTo}</dd>
    <dt>${m.text('submittedAt')}</dt>
    <dd>${m.date(request.submittedAt)}</dd>
  </dl>`;
}

function decisionForms(context: PageContext, request: AccessRequest, failed: FailedDecision | null): Html {
  const m = context.portal.messages;
  const id = request.id;
  const mine = failed?.requestId === id ? failed : null;
  const errors = mine?.errors ?? new Map<string, string>();
  const typed = mine?.form ?? new URLSearchParams();
  const approving = typed.get('decision') === 'APPROVE';
  const chosenColumns = approving ? typed.getAll('allowedColumns') : request.requestedColumns;
  return html`${errors.has('form') ? html`<p class="error" role="alert">${errors.get('form')}</p>` : ''}
    <form method="post" action="/desk/requests/${id}/approve">
      ${csrfField(context.portal)}
      <fieldset>
        <legend>${m.text('approveLegend')}</legend>
        ${termsFields(m, request, errors, {
          idPrefix: '',
          from: (approving && typed.get('validFrom')) || earliestApprovalDay(request),
          to: (approving && typed.get('validTo')) || request.periodTo,
          columnsName: 'allowedColumns',
          columnsLegend: m.text('allowedColumns'),
          chosen: chosenColumns,
        })}
        <label for="note-${id}">${m.text('note')}</label>
        <input type="text" id="note-${id}" name="reason" value="${approving ? (typed.get('reason') ?? '') : ''}" />
        <p><button type="submit">${m.text('approve')}</button></p>
      </fieldset>
    </form>
    <form method="post" action="/desk/requests/${id}/reject">
      ${csrfField(context.portal)}
      <fieldset>
        <legend>${m.text('rejectLegend')}</legend>
        <label for="reason-${id}">${m.text('reason')}</label>
        <textarea id="reason-${id}" name="reason" rows="3" ${describedBy(errors, 'reason', `reason-${id}`)}>
${typed.get('decision') === 'REJECT' ? (typed.get('reason') ?? '') : ''}</textarea>
        ${fieldError(errors, 'reason', `reason-${id}`)}
        <p><button type="submit" class="danger">${m.text('reject')}</button></p>
      </fieldset>
    </form>`;
}

async function inbox(
  context: PageContext,
  official: OfficialViewer,
  failed: FailedDecision | null = null,
  failedOffer: FailedCounterOffer | null = null,
): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const requests = await services.access.accessRequestInbox(official);
  const [datasets, agencies, offers] = await Promise.all([
    services.trusted.catalog.findByIds([...new Set(requests.map((request) => request.datasetId))]),
    services.agencies.findByIds([
      ...new Set(requests.map((request) => request.requesterAgencyId).filter((id): id is string => Boolean(id))),
    ]),
    services.access.negotiation.offersOf(requests.map((request) => request.id)),
  ]);
  const comments = await services.access.dicReview.commentsOf(requests.map((request) => request.id));
  const datasetById = new Map(datasets.map((dataset) => [dataset.id, dataset]));
  const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  return page(
    portal,
    m.text('inboxTitle'),
    html`${doneNotice(portal)}${failed ? html`<p class="error" role="alert">${m.text('errorSummary')}</p>` : ''}
    ${
      requests.length === 0
        ? html`<p>${m.text('inboxEmpty')}</p>`
        : requests.map(
            (request) =>
              html`<section class="request" aria-label="${datasetById.get(request.datasetId)?.title ?? ''}" data-request="${request.id}">
                <h2>${datasetById.get(request.datasetId) ? datasetTitle(datasetById.get(request.datasetId)!, m) : ''}</h2>
                ${requestSummary(request, agencyName(agencyById.get(request.requesterAgencyId ?? ''), m), m)}
                ${
                  request.state === 'COUNTER_OFFERED'
                    ? html`<h3>${m.text('counterOfferTitle')}</h3>
                        ${counterOfferSummary(offers.get(request.id)!.at(-1)!, m)}`
                    : html`${decisionForms(context, request, failed)}${counterOfferForm(context, request, failedOffer)}`
                }
                ${commentsList(comments.get(request.id) ?? [], m)}
              </section>`,
          )
    }`,
  );
}

async function myRequests(context: PageContext, official: OfficialViewer, problem: string | null = null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const requests = await services.access.myAccessRequests(official);
  const datasets = new Map(
    (await services.trusted.catalog.findByIds([...new Set(requests.map((request) => request.datasetId))])).map((d) => [d.id, d]),
  );
  const ids = requests.map((request) => request.id);
  const [offers, comments] = await Promise.all([services.access.negotiation.offersOf(ids), services.access.dicReview.commentsOf(ids)]);
  const offerCell = (request: AccessRequest) => {
    const offer = offers.get(request.id)?.at(-1);
    if (!offer) return '';
    return html`${counterOfferSummary(offer, m)}${request.state === 'COUNTER_OFFERED' ? answerForms(context, request) : ''}`;
  };
  return page(
    portal,
    m.text('myRequestsTitle'),
    html`${doneNotice(portal)}${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}${
      requests.length === 0
        ? html`<p>${m.text('myRequestsEmpty')}</p>`
        : html`<div ${scrollRegion(m.text('myRequestsTitle'))}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${m.text('dataset')}</th>
                  <th scope="col">${m.text('submittedAt')}</th>
                  <th scope="col">${m.text('state')}</th>
                  <th scope="col">${m.text('decisionReason')}</th>
                  <th scope="col">${m.text('counterOffer')}</th>
                </tr>
              </thead>
              <tbody>
                ${requests.map(
                  (request) =>
                    html`<tr data-request="${request.id}">
                      <td>${datasets.get(request.datasetId) ? datasetTitle(datasets.get(request.datasetId)!, m) : ''}</td>
                      <td>${m.date(request.submittedAt)}</td>
                      <td>${m.requestState(request.state)}</td>
                      <td class="reason">${request.decisionReason ?? ''}</td>
                      <td>${offerCell(request)}${commentsList(comments.get(request.id) ?? [], m)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`,
  );
}

export function deskPages(router: PortalRouter): void {
  router.get('/desk', async (context) => {
    const official = requireSignIn(context);
    return official ? desk(context, official) : undefined;
  });

  router.post('/desk/datasets/:slug/submit', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { slug } = context.request.params as { slug: string };
    try {
      await context.services.compliance.submitForReview(official, slug);
    } catch (error) {
      const problems = problemsOf(error);
      if (!problems) throw error;
      return new PageResponse(400, await desk(context, official, [...problems.values()].join('; ')));
    }
    void context.reply.redirect('/desk?done=submitted', 303);
  });

  router.get('/desk/requests', async (context) => {
    const official = requireSignIn(context);
    return official ? inbox(context, official) : undefined;
  });

  for (const decision of ['APPROVE', 'REJECT'] as const) {
    router.post(`/desk/requests/:id/${decision.toLowerCase()}`, async (context) => {
      const official = requireSignIn(context);
      if (!official) return;
      const { id } = context.request.params as { id: string };
      const { form } = context;
      let done: string = decision === 'APPROVE' ? 'approved' : 'rejected';
      try {
        const decided = await context.services.access.decideAccessRequest(official, id, {
          decision,
          reason: form.get('reason'),
          ...(decision === 'APPROVE'
            ? {
                validFrom: dayIn(form.get('validFrom'), false),
                validTo: dayIn(form.get('validTo'), true),
                allowedColumns: form.getAll('allowedColumns'),
              }
            : {}),
        });
        // Where the province's DIC confirms first (002 §27.1d), no grant exists yet: say so.
        if (decided.request.state === 'AWAITING_DIC') done = 'approvedAwaitingDic';
      } catch (error) {
        const errors = problemsOf(error);
        if (!errors) throw error;
        form.set('decision', decision);
        return new PageResponse(400, await inbox(context, official, { requestId: id, form, errors }));
      }
      void context.reply.redirect(`/desk/requests?done=${done}`, 303);
    });
  }

  router.get('/desk/my-requests', async (context) => {
    const official = requireSignIn(context);
    return official ? myRequests(context, official) : undefined;
  });

  negotiationPages(
    router,
    (context, official, failedOffer) => inbox(context, official, null, failedOffer),
    (context, official, problem) => myRequests(context, official, problem),
  );
}
