import { vietnamDateOf, type AccessRequest, type AccessRequestComment, type CounterOffer } from '../../modules/access/service';
import type { OfficialViewer } from '../../shared/viewer';
import { describedBy, fieldError, problemsOf } from './components';
import { html, type Html } from './html';
import { csrfField } from './layout';
import type { Messages } from './messages';
import { PageResponse, requireSignIn, type PageContext, type PortalRouter } from './page';

/** A counter-offer form that came back with problems, keyed like the service's fields. */
export interface FailedCounterOffer {
  requestId: string;
  form: URLSearchParams;
  errors: Map<string, string>;
}

/**
 * The approval form's first day unless typed: the requested first day, or the day of filing when
 * that is later — an approval may not start before the request existed (002 §27.2).
 */
export function earliestApprovalDay(request: AccessRequest): string {
  const filed = vietnamDateOf(request.submittedAt);
  return filed > request.periodFrom ? filed : request.periodFrom;
}

/** What an approval and a counter-offer both ask: a period (as Vietnamese days) and some of the requested columns. */
export interface TermsFieldsOptions {
  /** Keeps the two forms' ids apart on one page. */
  idPrefix: string;
  from: string;
  to: string;
  /** The form field, which is also the service's field its errors come back under. */
  columnsName: string;
  columnsLegend: string;
  chosen: readonly string[];
}

export function termsFields(m: Messages, request: AccessRequest, errors: ReadonlyMap<string, string>, options: TermsFieldsOptions): Html {
  const { idPrefix, columnsName } = options;
  const id = request.id;
  const columnsId = `${idPrefix}columns-${id}`;
  const dateField = (name: 'validFrom' | 'validTo', fieldId: string, value: string) =>
    html`<label for="${fieldId}">${m.text(name)}</label>
      <input type="date" id="${fieldId}" name="${name}" value="${value}" ${describedBy(errors, name, fieldId)} />
      ${fieldError(errors, name, fieldId)}`;
  return html`${dateField('validFrom', `${idPrefix}from-${id}`, options.from)} ${dateField('validTo', `${idPrefix}to-${id}`, options.to)}
    <fieldset class="checks" ${describedBy(errors, columnsName, columnsId)}>
      <legend>${options.columnsLegend}</legend>
      ${request.requestedColumns.map(
        (column, index) =>
          html`<label for="${idPrefix}column-${id}-${index}"
            ><input
              type="checkbox"
              id="${idPrefix}column-${id}-${index}"
              name="${columnsName}"
              value="${column}"
              ${options.chosen.includes(column) ? html`checked` : ''}
            />
            ${column}</label
          >`,
      )}
    </fieldset>
    ${fieldError(errors, columnsName, columnsId)}`;
}

/** What the owner proposed, its state and the deadline to answer: both sides read the same summary. */
export function counterOfferSummary(offer: CounterOffer, m: Messages): Html {
  return html`<dl class="counter-offer" data-counter-offer="${offer.id}">
    <dt>${m.text('offeredPeriod')}</dt>
    <dd>${m.date(offer.validFrom)} → ${m.date(offer.validTo)}</dd>
    <dt>${m.text('offeredColumns')}</dt>
    <dd>${offer.columns.join(', ')}</dd>
    ${
      offer.note
        ? html`<dt>${m.text('decisionReason')}</dt>
            <dd>${offer.note}</dd>`
        : ''
    }
    <dt>${m.text('answerBy')}</dt>
    <dd>${m.dateTime(offer.expiresAt)}</dd>
  </dl>`;
}

/** The owner's form for other terms (002 §27.2): period and columns within those requested, and why. */
export function counterOfferForm(context: PageContext, request: AccessRequest, failed: FailedCounterOffer | null): Html {
  const m = context.portal.messages;
  const id = request.id;
  const mine = failed?.requestId === id ? failed : null;
  const errors = mine?.errors ?? new Map<string, string>();
  const typed = mine?.form;
  const chosen = typed ? typed.getAll('columns') : request.requestedColumns;
  return html`<form method="post" action="/desk/requests/${id}/counter-offer">
    ${csrfField(context.portal)}
    <fieldset>
      <legend>${m.text('counterOfferLegend')}</legend>
      <p>${m.text('counterOfferHint')}</p>
      ${errors.has('form') ? html`<p class="error" role="alert">${errors.get('form')}</p>` : ''}
      ${termsFields(m, request, errors, {
        idPrefix: 'offer-',
        from: typed?.get('validFrom') ?? earliestApprovalDay(request),
        to: typed?.get('validTo') ?? request.periodTo,
        columnsName: 'columns',
        columnsLegend: m.text('offeredColumns'),
        chosen,
      })}
      <label for="offer-note-${id}">${m.text('counterOfferNote')}</label>
      <input type="text" id="offer-note-${id}" name="note" value="${typed?.get('note') ?? ''}" />
      <p><button type="submit">${m.text('sendCounterOffer')}</button></p>
    </fieldset>
  </form>`;
}

/** The comments of the two parties and DIC (002 §27.1d), oldest first; nothing when there are none. */
export function commentsList(comments: readonly AccessRequestComment[], m: Messages): Html {
  if (comments.length === 0) return html``;
  return html`<h3>${m.text('comments')}</h3>
    <ol class="comments">
      ${comments.map(
        (comment) =>
          html`<li data-comment-role="${comment.authorRole}">
            <strong>${m.commentRole(comment.authorRole)}</strong>, ${m.dateTime(comment.createdAt)}: ${comment.body}
          </li>`,
      )}
    </ol>`;
}

/** The requester's two answers to an open counter-offer. */
export function answerForms(context: PageContext, request: AccessRequest): Html {
  const m = context.portal.messages;
  const id = request.id;
  return html`<form method="post" action="/desk/my-requests/${id}/accept">
      ${csrfField(context.portal)}
      <button type="submit">${m.text('acceptCounterOffer')}</button>
    </form>
    <form method="post" action="/desk/my-requests/${id}/decline">
      ${csrfField(context.portal)}
      <label for="decline-note-${id}">${m.text('note')}</label>
      <input type="text" id="decline-note-${id}" name="note" />
      <button type="submit" class="danger">${m.text('declineCounterOffer')}</button>
    </form>`;
}

/** YYYY-MM-DD as the start or the end of that day in Vietnam; anything else is no date, which the service names. */
export function dayIn(text: string | null, end: boolean): Date | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T${end ? '23:59:59' : '00:00:00'}+07:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

type Render<T> = (context: PageContext, official: OfficialViewer, failed: T | null) => Promise<Html>;

/** The POSTs of the negotiation: the owner's counter-offer from the inbox, the requester's answers from its list. */
export function negotiationPages(router: PortalRouter, inbox: Render<FailedCounterOffer>, myRequests: Render<string>): void {
  router.post('/desk/requests/:id/counter-offer', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { id } = context.request.params as { id: string };
    const { form } = context;
    try {
      await context.services.access.negotiation.offer(official, id, {
        validFrom: dayIn(form.get('validFrom'), false),
        validTo: dayIn(form.get('validTo'), true),
        columns: form.getAll('columns'),
        note: form.get('note'),
      });
    } catch (error) {
      const errors = problemsOf(error);
      if (!errors) throw error;
      return new PageResponse(400, await inbox(context, official, { requestId: id, form, errors }));
    }
    void context.reply.redirect('/desk/requests?done=counterOffered', 303);
  });

  for (const answer of ['accept', 'decline'] as const) {
    router.post(`/desk/my-requests/:id/${answer}`, async (context) => {
      const official = requireSignIn(context);
      if (!official) return;
      const { id } = context.request.params as { id: string };
      const negotiation = context.services.access.negotiation;
      try {
        if (answer === 'accept') await negotiation.accept(official, id);
        else await negotiation.decline(official, id, context.form.get('note'));
      } catch (error) {
        const problems = problemsOf(error);
        if (!problems) throw error;
        return new PageResponse(400, await myRequests(context, official, [...problems.values()].join('; ')));
      }
      void context.reply.redirect(`/desk/my-requests?done=${answer === 'accept' ? 'counterOfferAccepted' : 'counterOfferDeclined'}`, 303);
    });
  }
}
