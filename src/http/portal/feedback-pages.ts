import { feedbackStatuses, type AgencySatisfaction, type Feedback } from '../../modules/feedback/service';
import { anonymous, type OfficialViewer } from '../../shared/viewer';
import { requireCitizen } from './citizen-components';
import { agencyName, agencyNamesOf, datasetTitle, describedBy, fieldError } from './components';
import { deskRoutes, failedOf, formProblem, submitForm, textField, type FailedForm } from './form-fields';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { Messages } from './messages';
import type { PageContext, PortalRouter } from './page';
import { chosenProvince, provinceForm } from './province-choice';

/** What feedback cards name: agencies and datasets by id, in the reader's language. */
interface FeedbackNames {
  agencies: Map<string, string>;
  datasets: Map<string, string>;
}

/** The names of what some feedback is about; datasets the viewer may not see keep their code. */
async function namesOf(
  context: PageContext,
  feedback: readonly Feedback[],
  more: readonly { agencyId: string }[] = [],
): Promise<FeedbackNames> {
  const { services, portal } = context;
  const m = portal.messages;
  const datasetIds = [...new Set(feedback.flatMap((item) => (item.datasetId ? [item.datasetId] : [])))];
  const [agencies, datasets] = await Promise.all([
    agencyNamesOf(services, m, [...feedback, ...more]),
    datasetIds.length > 0 ? services.catalog.findVisibleByIds(portal.viewer, datasetIds) : [],
  ]);
  return { agencies, datasets: new Map(datasets.map((dataset) => [dataset.id, datasetTitle(dataset, m)])) };
}

/** One feedback as its author, the agency and the public all read it: what, about what, its handling and rating. */
function feedbackCard(feedback: Feedback, names: FeedbackNames, m: Messages, actions: Html = html``): Html {
  const about = feedback.datasetSlug
    ? html`<a href="/datasets/${encodeURIComponent(feedback.datasetSlug)}"
        >${names.datasets.get(feedback.datasetId ?? '') ?? feedback.datasetSlug}</a
      >`
    : html`${feedback.serviceName}`;
  return html`<li data-feedback="${feedback.id}">
    <h3>${feedback.subject}</h3>
    <div class="meta">
      ${names.agencies.get(feedback.agencyId) ?? ''} · ${m.text('feedbackAbout')} ${about} · ${m.text('feedbackFiledOn')}
      ${m.date(feedback.createdAt)} ·
      <span class="state">${m.text(`feedback${feedback.status}`)}</span>
    </div>
    <p>${feedback.text}</p>
    <dl>
      ${
        feedback.response
          ? html`<dt>${m.text('agencyResponse')}</dt>
              <dd class="response">${feedback.response}</dd>`
          : ''
      }
      ${
        feedback.rating
          ? html`<dt>${m.text('rating')}</dt>
              <dd class="rating">${feedback.rating}/5</dd>`
          : ''
      }
    </dl>
    ${actions}
  </li>`;
}

/** From a dataset's or an agency's page to the feedback form about it (000 §7.3); a stranger signs in on the way. */
export function feedbackLink(about: { dataset: string } | { agency: string }, m: Messages): Html {
  const [key, query] =
    'dataset' in about
      ? (['feedbackOnThisDataset', `dataset=${encodeURIComponent(about.dataset)}`] as const)
      : (['feedbackOnThisAgency', `agency=${encodeURIComponent(about.agency)}`] as const);
  return html`<p class="feedback-link"><a href="/my-feedback?${query}">${m.text(key)}</a></p>`;
}

function fileForm(context: PageContext, agencies: readonly { code: string; name: string }[], failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, 'new');
  const query = context.request.query as Record<string, unknown>;
  const asked = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
  const dataset = typed.get('datasetSlug') ?? asked('dataset');
  const chosen = typed.get('agencyCode') ?? asked('agency');
  const field = (name: string, label: string, value: string | null, rows?: number, required = false) =>
    textField({ id: `feedback-${name}`, name, label, errors, value, rows, required });
  return html`<form method="post" action="/my-feedback">
    ${csrfField(context.portal)}
    <fieldset>
      <legend>${m.text('fileFeedbackLegend')}</legend>
      ${formProblem(errors)}
      <fieldset>
        <legend>${m.text('feedbackOnDataset')}</legend>
        ${field('datasetSlug', m.text('feedbackDataset'), dataset)}
      </fieldset>
      <fieldset>
        <legend>${m.text('feedbackOnService')}</legend>
        ${field('serviceName', m.text('feedbackService'), typed.get('serviceName'))}
        <label for="feedback-agencyCode">${m.text('feedbackAgency')}</label>
        <select id="feedback-agencyCode" name="agencyCode" ${describedBy(errors, 'agencyCode', 'feedback-agencyCode')}>
          <option value="">${m.text('chooseAgency')}</option>
          ${agencies.map(
            (agency) => html`<option value="${agency.code}" ${agency.code === chosen ? html`selected` : ''}>${agency.name}</option>`,
          )}
        </select>
        ${fieldError(errors, 'agencyCode', 'feedback-agencyCode')}
      </fieldset>
      ${field('subject', m.text('feedbackSubject'), typed.get('subject'), undefined, true)}
      ${field('text', m.text('feedbackText'), typed.get('text'), 5, true)}
      <p><button type="submit">${m.text('sendFeedback')}</button></p>
    </fieldset>
  </form>`;
}

/** The author rates an answered feedback once (000 §7.3). */
function ratingForm(context: PageContext, feedback: Feedback, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors } = failedOf(failed, feedback.id);
  const id = `rating-${feedback.id}`;
  return html`<form method="post" action="/my-feedback/${feedback.id}/rate">
    ${csrfField(context.portal)} ${formProblem(errors)}
    <label for="${id}">${m.text('ratingLabel')}</label>
    <select id="${id}" name="rating" ${describedBy(errors, 'rating', id)}>
      ${[5, 4, 3, 2, 1].map((value) => html`<option value="${value}">${value}</option>`)}
    </select>
    ${fieldError(errors, 'rating', id)}
    <button type="submit">${m.text('rateAnswer')}</button>
  </form>`;
}

async function myFeedback(context: PageContext, failed: FailedForm | null = null): Promise<Html | void> {
  const citizen = requireCitizen(context);
  if (!citizen) return;
  const { services, portal } = context;
  const m = portal.messages;
  const [mine, agencies] = await Promise.all([services.feedback.mine(citizen), services.agencies.list(citizen.provinceCode)]);
  const names = await namesOf(context, mine);
  const rateable = (feedback: Feedback) => (feedback.status === 'RESOLVED' || feedback.status === 'CLOSED') && !feedback.rating;
  return page(
    portal,
    m.text('myFeedbackTitle'),
    html`${doneNotice(portal)}
      ${fileForm(
        context,
        agencies.map((agency) => ({ code: agency.code, name: agencyName(agency, m) })),
        failed,
      )}
      <h2>${m.text('sentFeedback')}</h2>
      ${
        mine.length === 0
          ? html`<p>${m.text('noFeedback')}</p>`
          : html`<ul class="cards">
              ${mine.map((feedback) =>
                feedbackCard(feedback, names, m, rateable(feedback) ? ratingForm(context, feedback, failed) : html``),
              )}
            </ul>`
      }`,
  );
}

/** The routed agency moves a feedback forward, answering in public when it resolves or closes it. */
function statusForm(context: PageContext, feedback: Feedback, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const later = feedbackStatuses.slice(feedbackStatuses.indexOf(feedback.status) + 1);
  if (later.length === 0) return html``;
  const { errors, typed } = failedOf(failed, feedback.id);
  const id = `status-${feedback.id}`;
  return html`<form method="post" action="/desk/feedback/${feedback.id}/status">
    ${csrfField(context.portal)} ${formProblem(errors)}
    <label for="${id}">${m.text('feedbackNextStatus')}</label>
    <select id="${id}" name="status" ${describedBy(errors, 'status', id)}>
      ${later.map(
        (status) =>
          html`<option value="${status}" ${typed.get('status') === status ? html`selected` : ''}>${m.text(`feedback${status}`)}</option>`,
      )}
    </select>
    ${fieldError(errors, 'status', id)}
    ${textField({
      id: `response-${feedback.id}`,
      name: 'response',
      label: m.text('feedbackResponse'),
      errors,
      value: typed.get('response') ?? feedback.response,
      rows: 3,
    })}
    <button type="submit">${m.text('updateFeedback')}</button>
  </form>`;
}

async function feedbackDesk(context: PageContext, official: OfficialViewer, failed: FailedForm | null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const [agency] = await services.agencies.findByIds([official.agencyId]);
  const routed = agency
    ? await services.feedback.list(official, { provinceCode: agency.provinceCode, agencyCode: agency.code, first: 100 })
    : { items: [] };
  const names = await namesOf(context, routed.items);
  return page(
    portal,
    `${m.text('feedbackDeskTitle')}: ${agencyName(agency, m)}`,
    html`${doneNotice(portal)}
    ${
      routed.items.length === 0
        ? html`<p>${m.text('noFeedback')}</p>`
        : html`<ul class="cards">
            ${routed.items.map((feedback) => feedbackCard(feedback, names, m, statusForm(context, feedback, failed)))}
          </ul>`
    }`,
  );
}

function satisfactionTable(rows: readonly AgencySatisfaction[], names: Map<string, string>, m: Messages): Html {
  const cell = (value: number | null, shown: (value: number) => string) => (value === null ? m.text('notRatedYet') : shown(value));
  return html`<div class="scroll">
    <table class="satisfaction">
      <thead>
        <tr>
          <th scope="col">${m.text('satisfactionAgency')}</th>
          <th scope="col">${m.text('feedbackCount')}</th>
          <th scope="col">${m.text('ratingCount')}</th>
          <th scope="col">${m.text('averageRating')}</th>
          <th scope="col">${m.text('satisfiedShare')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-agency="${row.agencyId}">
              <th scope="row">${names.get(row.agencyId) ?? ''}</th>
              <td>${m.number(row.feedbackCount)}</td>
              <td>${m.number(row.ratingCount)}</td>
              <td>${cell(row.averageRating, (value) => m.number(Math.round(value * 10) / 10))}</td>
              <td>${cell(row.satisfiedShare, (value) => `${m.number(Math.round(value * 100))} %`)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function feedbackPages(router: PortalRouter): void {
  /** Public (000 §7.3): satisfaction per agency of a province and its latest feedback with their answers. */
  router.get('/feedback', async (context) => {
    const { services, portal } = context;
    const m = portal.messages;
    const choice = await chosenProvince(context);
    const [satisfaction, recent] = await Promise.all([
      services.feedback.satisfaction(choice.code),
      services.feedback.list(anonymous, { provinceCode: choice.code, first: 20 }),
    ]);
    const names = await namesOf(context, recent.items, satisfaction);
    return page(
      portal,
      m.text('satisfactionTitle'),
      html`<p>${m.text('satisfactionIntro')}</p>
        ${provinceForm(choice, '/feedback', context)}
        ${satisfaction.length === 0 ? html`<p>${m.text('noFeedback')}</p>` : satisfactionTable(satisfaction, names.agencies, m)}
        ${
          recent.items.length > 0
            ? html`<h2>${m.text('recentFeedback')}</h2>
                <ul class="cards">
                  ${recent.items.map((feedback) => feedbackCard(feedback, names, m))}
                </ul>`
            : ''
        }`,
    );
  });

  router.get('/my-feedback', (context) => myFeedback(context));

  router.post('/my-feedback', async (context) => {
    const citizen = requireCitizen(context);
    if (!citizen) return;
    const { form } = context;
    const input = {
      datasetSlug: form.get('datasetSlug'),
      serviceName: form.get('serviceName'),
      agencyCode: form.get('agencyCode'),
      subject: form.get('subject') ?? '',
      text: form.get('text') ?? '',
    };
    return submitForm(
      context,
      'new',
      () => context.services.feedback.fileFeedback(citizen, input),
      '/my-feedback?done=feedbackFiled',
      async (failed) => (await myFeedback(context, failed)) ?? html``,
    );
  });

  router.post('/my-feedback/:id/rate', async (context) => {
    const citizen = requireCitizen(context);
    if (!citizen) return;
    const { id } = context.request.params as { id: string };
    return submitForm(
      context,
      id,
      () => context.services.feedback.rate(citizen, id, Number(context.form.get('rating'))),
      '/my-feedback?done=feedbackRated',
      async (failed) => (await myFeedback(context, failed)) ?? html``,
    );
  });

  deskRoutes(router, '/desk/feedback', feedbackDesk, {
    '/:id/status': (context, official, id) => ({
      key: id,
      work: async () => {
        const status = context.form.get('status') as Feedback['status'];
        await context.services.feedback.changeStatus(official, id, status, context.form.get('response'));
        return '/desk/feedback?done=feedbackUpdated';
      },
    }),
  });
}
