import { VerificationRefusal } from '../../modules/citizens/service';
import type { ConsentRequest } from '../../modules/consent/service';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import { scopeTitles, subjectOf, termsRows } from './citizen-components';
import { problemsOf } from './components';
import { PageResponse, type PageContext, type PortalRouter } from './page';

/** The pending requests at the top of My data, each linking to its page. */
export async function pendingRequests(context: PageContext, citizen: { cccd: string }): Promise<Html> {
  const requests = await context.services.consentRequests.requestsOf(citizen, 'PENDING');
  if (requests.length === 0) return html``;
  const m = context.portal.messages;
  return html`<section class="consent-requests">
    <h2>${m.text('consentRequestsTitle')}</h2>
    <ul>
      ${requests.map(
        (request) =>
          html`<li data-consent-request="${request.id}">
            <strong>${request.clientName}</strong> — ${request.purpose} (${m.text('answerBy')}: ${m.dateTime(request.answerBy)})
            <a href="/my-data/consent-requests/${request.id}">${m.text('viewRequest')}</a>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The answer forms while the request is pending: a code by SMS, then approve with it; or reject. */
function answerForms(context: PageContext, request: ConsentRequest): Html {
  const { portal } = context;
  const m = portal.messages;
  const base = `/my-data/consent-requests/${request.id}`;
  return html`<form method="post" action="${base}/code">
      ${csrfField(portal)}
      <p><button type="submit">${m.text('sendCode')}</button></p>
    </form>
    <form method="post" action="${base}/approve">
      ${csrfField(portal)}
      <p>
        <label for="code">${m.text('otpCode')}</label>
        <input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required />
      </p>
      <p><button type="submit">${m.text('approveRequest')}</button></p>
    </form>
    <form method="post" action="${base}/reject">
      ${csrfField(portal)}
      <p>
        <label for="reason">${m.text('rejectReason')}</label>
        <textarea id="reason" name="reason" rows="3"></textarea>
      </p>
      <p><button type="submit" class="danger">${m.text('rejectRequest')}</button></p>
    </form>`;
}

/**
 * The page a request's deeplink opens, in the portal or in the Digital Citizen app's webview:
 * the terms, the state and, while pending, the forms to answer.
 */
async function requestPage(context: PageContext, request: ConsentRequest, error?: string): Promise<Html> {
  const { portal, services } = context;
  const m = portal.messages;
  const state = services.consentRequests.stateOf(request);
  return page(
    portal,
    m.text('consentRequestTitle'),
    html`${doneNotice(portal)} ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <p>${m.text('consentRequestIntro')}</p>
      <dl data-consent-request="${request.id}">
        <dt>${m.text('partner')}</dt>
        <dd>${request.clientName}</dd>
        ${termsRows(request, await scopeTitles(context, [request]), m)}
        <dt>${m.text('answerBy')}</dt>
        <dd>${m.dateTime(request.answerBy)}</dd>
        <dt>${m.text('state')}</dt>
        <dd class="state">${m.consentRequestState(state)}</dd>
      </dl>
      ${state === 'PENDING' ? answerForms(context, request) : ''}`,
  );
}

const idOf = (context: PageContext) => (context.request.params as { id: string }).id;

/**
 * Runs an answer; an expected refusal (a wrong or expired code, already answered) is shown on
 * the request's page rather than as an error page.
 */
async function answer(context: PageContext, work: (citizen: { cccd: string }) => Promise<unknown>, next: string) {
  const citizen = await subjectOf(context);
  if (!citizen) return;
  try {
    await work(citizen);
  } catch (error) {
    const message = error instanceof VerificationRefusal ? error.message : problemsOf(error)?.values().next().value;
    if (!message) throw error;
    const request = await context.services.consentRequests.requestOf(citizen, idOf(context));
    return new PageResponse(400, await requestPage(context, request, message));
  }
  void context.reply.redirect(next, 303);
}

export function consentRequestPages(router: PortalRouter): void {
  router.get('/my-data/consent-requests/:id', async (context) => {
    const citizen = await subjectOf(context);
    if (!citizen) return;
    return requestPage(context, await context.services.consentRequests.requestOf(citizen, idOf(context)));
  });

  router.post('/my-data/consent-requests/:id/code', (context) =>
    answer(
      context,
      (citizen) =>
        context.services.consentRequests.sendApprovalCode(citizen, idOf(context), () =>
          context.services.citizens.sendOwnCode(context.portal.viewer),
        ),
      `/my-data/consent-requests/${idOf(context)}?done=codeSent`,
    ),
  );

  router.post('/my-data/consent-requests/:id/approve', (context) =>
    answer(
      context,
      (citizen) =>
        context.services.consentRequests.approve(citizen, idOf(context), () =>
          context.services.citizens.confirmOwnCode(context.portal.viewer, context.form.get('code') ?? ''),
        ),
      '/my-data?done=requestApproved',
    ),
  );

  router.post('/my-data/consent-requests/:id/reject', (context) =>
    answer(
      context,
      (citizen) => context.services.consentRequests.reject(citizen, idOf(context), context.form.get('reason')),
      '/my-data?done=requestRejected',
    ),
  );
}
