import type { Broadcast } from '../../modules/notifications/service';
import { hasRole, type OfficialViewer } from '../../shared/viewer';
import { agencyNamesOf } from './components';
import { isAgencyStaff } from './desk-links';
import { deskRoutes, failedOf, formProblem, textField, type FailedForm } from './form-fields';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { PageContext, PortalRouter } from './page';
import { chosenProvince, provinceForm } from './province-choice';

function requestForm(context: PageContext, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, 'new');
  const field = (name: string, label: string, rows?: number, required = true) =>
    textField({ id: `broadcast-${name}`, name, label, errors, value: typed.get(name), rows, required });
  return html`<form method="post" action="/desk/broadcasts">
    ${csrfField(context.portal)}
    <fieldset>
      <legend>${m.text('requestBroadcastLegend')}</legend>
      ${formProblem(errors)} ${field('title', m.text('broadcastHeading'))} ${field('body', m.text('broadcastBody'), 5)}
      ${field('reason', m.text('broadcastReason'), 2)} ${field('link', m.text('broadcastLink'), undefined, false)}
      <p><button type="submit">${m.text('sendBroadcastRequest')}</button></p>
    </fieldset>
  </form>`;
}

/** DIC's two answers to a pending request: send it now, or refuse with the reason the agency reads (000 §14.2). */
function decisionForms(context: PageContext, broadcast: Broadcast, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, broadcast.id);
  return html`${formProblem(errors)}
    <form method="post" action="/desk/broadcasts/${broadcast.id}/approve" class="inline">
      ${csrfField(context.portal)}<button type="submit">${m.text('approveBroadcast')}</button>
    </form>
    <form method="post" action="/desk/broadcasts/${broadcast.id}/reject">
      ${csrfField(context.portal)}
      ${textField({ id: `refusal-${broadcast.id}`, name: 'reason', label: m.text('refusalReason'), errors, value: typed.get('reason'), rows: 2 })}
      <button type="submit" class="danger">${m.text('refuseBroadcast')}</button>
    </form>`;
}

function broadcastCard(context: PageContext, broadcast: Broadcast, agency: string, decide: Html): Html {
  const m = context.portal.messages;
  return html`<li data-broadcast="${broadcast.id}">
    <h3>${broadcast.title}</h3>
    <div class="meta">
      ${agency} · ${m.text('requestedOn')} ${m.dateTime(broadcast.requestedAt)} ·
      <span class="state">${m.text(`broadcast${broadcast.status}`)}</span>
    </div>
    <p>${broadcast.body}</p>
    ${broadcast.link ? html`<p><a href="${broadcast.link}" rel="noopener">${broadcast.link}</a></p>` : ''}
    <dl>
      <dt>${m.text('broadcastReason')}</dt>
      <dd>${broadcast.reason}</dd>
      ${
        broadcast.rejectionReason
          ? html`<dt>${m.text('refusalReason')}</dt>
              <dd class="refusal">${broadcast.rejectionReason}</dd>`
          : ''
      }
    </dl>
    ${decide}
  </li>`;
}

/** An agency asks and follows its requests; DIC of the province decides the pending ones. One page, by role. */
async function broadcastDesk(context: PageContext, official: OfficialViewer, failed: FailedForm | null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const requests = await services.notifications.broadcastRequests(official);
  const names = await agencyNamesOf(services, m, requests);
  const deciding = hasRole(official, 'DIC_ADMIN');
  const pending = requests.filter((broadcast) => broadcast.status === 'PENDING');
  const decided = requests.filter((broadcast) => broadcast.status !== 'PENDING');
  const card = (broadcast: Broadcast) =>
    broadcastCard(
      context,
      broadcast,
      names.get(broadcast.agencyId) ?? '',
      deciding && broadcast.status === 'PENDING' ? decisionForms(context, broadcast, failed) : html``,
    );
  const list = (items: Broadcast[]) =>
    html`<ul class="cards">
      ${items.map(card)}
    </ul>`;
  return page(
    portal,
    m.text('broadcastDeskTitle'),
    html`${doneNotice(portal)} ${isAgencyStaff(official) ? requestForm(context, failed) : ''}
      <h2>${m.text('pendingBroadcasts')}</h2>
      ${pending.length > 0 ? list(pending) : html`<p>${m.text('noPendingBroadcasts')}</p>`}
      ${
        decided.length > 0
          ? html`<h2>${m.text('decidedBroadcasts')}</h2>
              ${list(decided)}`
          : ''
      }
      <p><a href="/broadcasts?province=${official.provinceCode}">${m.text('broadcastsFeedTitle')}</a></p>`,
  );
}

export function broadcastPages(router: PortalRouter): void {
  /** The province's feed as the app shows it (000 §14): public, newest first, paged by its keyset cursor. */
  router.get('/broadcasts', async (context) => {
    const { portal, services } = context;
    const m = portal.messages;
    const choice = await chosenProvince(context);
    const after = (context.request.query as Record<string, unknown>).after;
    const feed = await services.notifications.feed(choice.code, { first: 20, after: typeof after === 'string' ? after : null });
    const names = await agencyNamesOf(services, m, feed.items);
    return page(
      portal,
      m.text('broadcastsFeedTitle'),
      html`<p>${m.text('broadcastsFeedIntro')}</p>
        ${provinceForm(choice, '/broadcasts', context)}
        ${
          feed.items.length === 0
            ? html`<p>${m.text('noBroadcasts')}</p>`
            : html`<ul class="cards">
                ${feed.items.map(
                  (item) =>
                    html`<li data-broadcast="${item.id}">
                      <h2>${item.title}</h2>
                      <div class="meta">${names.get(item.agencyId) ?? ''} · ${m.dateTime(item.publishedAt)}</div>
                      <p>${item.body}</p>
                      ${item.link ? html`<p><a href="${item.link}" rel="noopener">${item.link}</a></p>` : ''}
                    </li>`,
                )}
              </ul>`
        }
        ${
          feed.hasNextPage && feed.endCursor
            ? html`<p>
                <a href="/broadcasts?province=${encodeURIComponent(choice.code)}&after=${encodeURIComponent(feed.endCursor)}"
                  >${m.text('olderBroadcasts')}</a
                >
              </p>`
            : ''
        }`,
    );
  });

  deskRoutes(router, '/desk/broadcasts', broadcastDesk, {
    '': (context, official) => ({
      key: 'new',
      work: async () => {
        const { form } = context;
        const input = {
          title: form.get('title') ?? '',
          body: form.get('body') ?? '',
          reason: form.get('reason') ?? '',
          link: form.get('link'),
        };
        await context.services.notifications.requestBroadcast(official, input);
        return '/desk/broadcasts?done=broadcastRequested';
      },
    }),
    '/:id/approve': (context, official, id) => ({
      key: id,
      work: async () => {
        await context.services.notifications.approveBroadcast(official, id);
        return '/desk/broadcasts?done=broadcastApproved';
      },
    }),
    '/:id/reject': (context, official, id) => ({
      key: id,
      work: async () => {
        await context.services.notifications.rejectBroadcast(official, id, context.form.get('reason') ?? '');
        return '/desk/broadcasts?done=broadcastRefused';
      },
    }),
  });
}
