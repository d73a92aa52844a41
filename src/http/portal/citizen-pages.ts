import type { Consent, ConsentState, DataAccessView } from '../../modules/consent/service';
import { ForbiddenError } from '../../shared/errors';
import type { CitizenViewer } from '../../shared/viewer';
import { datasetTitle } from './components';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { Messages } from './messages';
import type { PageContext, PortalRouter } from './routes';
import type { PortalRequest } from './session';

/**
 * A citizen's pages: anyone else signed in is refused (an official has no personal data here),
 * a stranger is sent to the sign-in form and back.
 */
function requireCitizen(context: PageContext): CitizenViewer | null {
  const { viewer } = context.portal;
  if (viewer.kind === 'citizen') return viewer;
  if (viewer.kind !== 'anonymous') throw new ForbiddenError();
  const back = context.request.method === 'GET' ? context.portal.path : '/my-data';
  void context.reply.redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  return null;
}

/** The CCCD the consents service keys the signed-in citizen's consents by; the citizens service decides. */
async function subjectOf(context: PageContext): Promise<{ cccd: string } | null> {
  const citizen = requireCitizen(context);
  return citizen ? context.services.citizens.consentSubjectOf(citizen) : null;
}

function frequency(consent: Consent, m: Messages): string {
  return consent.mode === 'ONE_TIME'
    ? m.text('oneRead')
    : m.format('readsPer', { n: consent.maxReads, period: m.period(consent.period ?? 'DAY') });
}

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
      <dt>${m.text('purpose')}</dt>
      <dd>${consent.purpose}</dd>
      <dt>${m.text('consentedData')}</dt>
      <dd>
        <ul>
          ${consent.scope.map((item) => html`<li>${titles.get(item.datasetId) ?? item.datasetSlug}: ${item.fields.join(', ')}</li>`)}
        </ul>
      </dd>
      <dt>${m.text('consentPeriod')}</dt>
      <dd>${m.date(consent.validFrom)} – ${m.date(consent.validTo)}</dd>
      <dt>${m.text('frequency')}</dt>
      <dd>${frequency(consent, m)}</dd>
      <dt>${m.text('retention')}</dt>
      <dd>${m.format('days', { n: consent.retentionDays })}</dd>
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
    const datasets = await services.catalog.findByIds([
      ...new Set(consents.flatMap((consent) => consent.scope.map((item) => item.datasetId))),
    ]);
    const titles = new Map(datasets.map((dataset) => [dataset.id, datasetTitle(dataset, m)]));
    return page(
      portal,
      m.text('myDataTitle'),
      html`${doneNotice(portal)}
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
            ? html`<div class="scroll">
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
