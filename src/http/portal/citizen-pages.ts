import type { Consent, ConsentState, DataAccessView } from '../../modules/consent/service';
import { scopeTitles, subjectOf, termsRows } from './citizen-components';
import { scrollRegion } from './components';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import { pendingRequests } from './consent-request-pages';
import type { Messages } from './messages';
import type { PortalRouter } from './page';
import type { PortalRequest } from './session';

function consentActions(portal: PortalRequest, consent: Consent, state: ConsentState): Html {
  const m = portal.messages;
  const action = (verb: 'revoke' | 'pause' | 'resume', label: string, extra: Html = html``) =>
    html`<form method="post" action="/my-data/consents/${consent.id}/${verb}" class="inline">
      ${csrfField(portal)}<button type="submit" ${extra}>${label}</button>
    </form>`;
  const hintId = `revoke-hint-${consent.id}`;
  return html`${state === 'ACTIVE' ? action('pause', m.text('pause')) : ''} ${state === 'PAUSED' ? action('resume', m.text('resume')) : ''}
  ${
    state === 'REVOKED'
      ? ''
      : html`${action('revoke', m.text('revoke'), html`class="danger" aria-describedby="${hintId}"`)}
          <p class="meta" id="${hintId}">${m.text('revokeHint')}</p>`
  }`;
}

function consentCard(portal: PortalRequest, consent: Consent, state: ConsentState, titles: Map<string, string>): Html {
  const m = portal.messages;
  return html`<li data-consent="${consent.id}">
    <h3>${consent.clientName}</h3>
    <dl>
      ${termsRows(consent, titles, m)}
      <dt>${m.text('state')}</dt>
      <dd class="state">${m.consentState(state)}</dd>
      <dt>${m.text('receiptNumber')}</dt>
      <dd>
        ${consent.receiptNumber} ·
        <a href="/my-data/consents/${consent.id}/receipt" download>${m.text('downloadReceipt')}</a>
      </dd>
    </dl>
    ${consentActions(portal, consent, state)}
  </li>`;
}

function accessRow(access: DataAccessView, m: Messages): Html {
  return html`<tr data-consent="${access.consentId}" class="${access.outcome === 'ALLOWED' ? '' : 'refused'}">
    <td>${m.dateTime(access.at)}</td>
    <td>${access.partnerName}</td>
    <td>${access.purpose}</td>
    <td>${access.fields.join(', ')}</td>
    <td>${m.number(access.records)}</td>
    <td class="${access.outcome === 'ALLOWED' ? 'ok' : 'bad'}">${m.accessOutcome(access.outcome)}</td>
  </tr>`;
}

export function citizenPages(router: PortalRouter): void {
  router.get('/my-data', async (context) => {
    const citizen = await subjectOf(context);
    if (!citizen) return;
    const { services, portal } = context;
    const m = portal.messages;
    const consents = await services.consent.consentsOf(citizen);
    const titles = await scopeTitles(context, consents);
    return page(
      portal,
      m.text('myDataTitle'),
      html`${doneNotice(portal)} ${await pendingRequests(context, citizen)}
        <p>${m.text('myDataIntro')} <a href="/my-data/accesses">${m.text('navWhoRead')}</a></p>
        ${
          consents.length > 0
            ? html`<ul class="cards">
                ${consents.map((consent) => consentCard(portal, consent, services.consent.stateOf(consent), titles))}
              </ul>`
            : html`<p>${m.text('noConsents')}</p>`
        }`,
    );
  });

  router.get('/my-data/accesses', async (context) => {
    const citizen = await subjectOf(context);
    if (!citizen) return;
    const { services, portal } = context;
    const m = portal.messages;
    const accesses = await services.consent.accessesOf(citizen);
    return page(
      portal,
      m.text('whoReadTitle'),
      html`<p>${m.text('whoReadIntro')}</p>
        ${
          accesses.length > 0
            ? html`<div ${scrollRegion(m.text('whoReadTitle'))}>
                <table class="accesses">
                  <thead>
                    <tr>
                      <th scope="col">${m.text('when')}</th>
                      <th scope="col">${m.text('partner')}</th>
                      <th scope="col">${m.text('purpose')}</th>
                      <th scope="col">${m.text('fields')}</th>
                      <th scope="col">${m.text('records')}</th>
                      <th scope="col">${m.text('outcome')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${accesses.map((access) => accessRow(access, m))}
                  </tbody>
                </table>
              </div>`
            : html`<p>${m.text('noAccesses')}</p>`
        }`,
    );
  });

  /** The consents service's own receipt, as the API serves it, behind the portal's cookie. */
  router.get('/my-data/consents/:id/receipt', async (context) => {
    const citizen = await subjectOf(context);
    if (!citizen) return;
    const { consent, text } = await context.services.consent.receipt(citizen, (context.request.params as { id: string }).id);
    void context.reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('content-disposition', `attachment; filename="${consent.receiptNumber}.txt"`)
      .header('cache-control', 'no-store')
      .send(text);
  });

  const changes = {
    revoke: { done: 'revoked', apply: 'revokeConsent' },
    pause: { done: 'paused', apply: 'pauseConsent' },
    resume: { done: 'resumed', apply: 'resumeConsent' },
  } as const;
  for (const [verb, change] of Object.entries(changes)) {
    router.post(`/my-data/consents/:id/${verb}`, async (context) => {
      const citizen = await subjectOf(context);
      if (!citizen) return;
      await context.services.consent[change.apply](citizen, (context.request.params as { id: string }).id);
      void context.reply.redirect(`/my-data?done=${change.done}`, 303);
    });
  }
}
