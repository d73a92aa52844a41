import type { ApiClient, IssuedSecret, PartnerOrganisation } from '../../modules/clients/service';
import { clientScopes, type ClientScope, type OfficialViewer } from '../../shared/viewer';
import { describedBy, fieldError } from './components';
import { deskRoutes, failedOf, formProblem, textField, type FailedForm } from './form-fields';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { MessageKey } from './messages';
import type { PageContext, PortalRouter } from './page';

const scopeNames: Record<ClientScope, MessageKey> = {
  'datasets:read': 'scopeDatasetsRead',
  'rows:read': 'scopeRowsRead',
  'consent:read': 'scopeConsentRead',
  'consent:request': 'scopeConsentRequest',
  'catalogue:read': 'scopeCatalogueRead',
};

function organisationForm(context: PageContext, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, 'organisation');
  const field = (name: string, label: string, type: 'text' | 'email' | 'tel' = 'text', required = true) =>
    textField({ id: `organisation-${name}`, name, label, errors, value: typed.get(name), type, required });
  return html`<form method="post" action="/desk/clients/organisations">
    ${csrfField(context.portal)}
    <fieldset>
      <legend>${m.text('registerOrganisationLegend')}</legend>
      ${formProblem(errors)} ${field('name', m.text('organisationName'))} ${field('taxCode', m.text('taxCode'))}
      ${field('contactName', m.text('contactName'))} ${field('contactEmail', m.text('contactEmail'), 'email', false)}
      ${field('contactPhone', m.text('contactPhone'), 'tel', false)}
      <p><button type="submit">${m.text('registerOrganisation')}</button></p>
    </fieldset>
  </form>`;
}

function clientForm(context: PageContext, organisations: readonly PartnerOrganisation[], failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, 'client');
  const chosen = typed.getAll('scopes');
  return html`<form method="post" action="/desk/clients">
    ${csrfField(context.portal)}
    <fieldset>
      <legend>${m.text('registerClientLegend')}</legend>
      ${formProblem(errors)}
      <label for="client-organisationId">${m.text('clientOrganisation')}</label>
      <select id="client-organisationId" name="organisationId" ${describedBy(errors, 'organisationId', 'client-organisationId')}>
        ${organisations.map(
          (organisation) =>
            html`<option value="${organisation.id}" ${typed.get('organisationId') === organisation.id ? html`selected` : ''}>
              ${organisation.name} (${organisation.taxCode})
            </option>`,
        )}
      </select>
      ${fieldError(errors, 'organisationId', 'client-organisationId')}
      ${textField({ id: 'client-name', name: 'name', label: m.text('clientName'), errors, value: typed.get('name'), required: true })}
      <fieldset class="checks" ${describedBy(errors, 'scopes', 'client-scopes')}>
        <legend>${m.text('clientScopes')}</legend>
        ${clientScopes.map(
          (scope) =>
            html`<label for="scope-${scope}" class="check"
              ><input type="checkbox" id="scope-${scope}" name="scopes" value="${scope}" ${chosen.includes(scope) ? html`checked` : ''} />
              ${m.text(scopeNames[scope])} (<code>${scope}</code>)</label
            >`,
        )}
      </fieldset>
      ${fieldError(errors, 'scopes', 'client-scopes')}
      <p><button type="submit">${m.text('registerClient')}</button></p>
    </fieldset>
  </form>`;
}

/** An active client's two DIC actions: a new secret, or revocation for good with its reason. */
function clientActions(context: PageContext, client: ApiClient, failed: FailedForm | null): Html {
  if (client.status !== 'ACTIVE') return html``;
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, client.id);
  return html`${formProblem(errors)}
    <form method="post" action="/desk/clients/${client.id}/rotate" class="inline">
      ${csrfField(context.portal)}<button type="submit">${m.text('rotateSecret')}</button>
    </form>
    <form method="post" action="/desk/clients/${client.id}/revoke">
      ${csrfField(context.portal)}
      ${textField({ id: `revoke-${client.id}`, name: 'reason', label: m.text('revokeReason'), errors, value: typed.get('reason'), required: true })}
      <button type="submit" class="danger">${m.text('revokeClient')}</button>
    </form>`;
}

function clientItem(context: PageContext, client: ApiClient, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  return html`<li data-client="${client.id}">
    <strong>${client.name}</strong> · <span class="state">${m.text(`client${client.status}`)}</span>
    <div class="meta">
      ${m.text('clientId')}: <code>${client.id}</code> · ${client.scopes.join(', ')} · ${m.text('lastUsed')}:
      ${client.lastUsedAt ? m.dateTime(client.lastUsedAt) : m.text('neverUsed')}
    </div>
    ${client.revokeReason ? html`<p class="refusal">${m.text('revokeReason')}: ${client.revokeReason}</p>` : ''}
    ${clientActions(context, client, failed)}
  </li>`;
}

/** DIC's register of the province's partners (002 §27.1b): organisations, their clients, and the forms to add both. */
async function clientsDesk(context: PageContext, official: OfficialViewer, failed: FailedForm | null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const [organisations, clients] = await Promise.all([
    services.clients.partnerOrganisations(official),
    services.clients.apiClients(official),
  ]);
  const contact = (organisation: PartnerOrganisation) =>
    [organisation.contactName, organisation.contactEmail, organisation.contactPhone].filter(Boolean).join(' · ');
  return page(
    portal,
    m.text('clientsTitle'),
    html`${doneNotice(portal)}
    ${
      organisations.length === 0
        ? html`<p>${m.text('noOrganisations')}</p>`
        : html`<ul class="cards">
            ${organisations.map((organisation) => {
              const own = clients.filter((client) => client.organisationId === organisation.id);
              return html`<li data-organisation="${organisation.id}">
                <h2>${organisation.name}</h2>
                <div class="meta">${m.text('taxCode')} ${organisation.taxCode} · ${contact(organisation)}</div>
                ${
                  own.length === 0
                    ? html`<p>${m.text('noClients')}</p>`
                    : html`<ul>
                        ${own.map((client) => clientItem(context, client, failed))}
                      </ul>`
                }
              </li>`;
            })}
          </ul>`
    }
    ${organisations.length > 0 ? clientForm(context, organisations, failed) : ''} ${organisationForm(context, failed)}`,
  );
}

/** The one time a secret is shown: right after it was made, on a page nothing caches. */
function secretPage(context: PageContext, issued: IssuedSecret): Html {
  const m = context.portal.messages;
  return page(
    context.portal,
    m.text('secretTitle'),
    html`<p class="notice" role="status">${m.text('secretOnce')}</p>
      <dl data-client="${issued.client.id}">
        <dt>${m.text('clientName')}</dt>
        <dd>${issued.client.name}</dd>
        <dt>${m.text('clientId')}</dt>
        <dd><code class="client-id">${issued.client.id}</code></dd>
        <dt>${m.text('clientSecret')}</dt>
        <dd><code class="client-secret">${issued.clientSecret}</code></dd>
      </dl>
      <p><a href="/desk/clients">${m.text('backToClients')}</a></p>`,
  );
}

export function clientPages(router: PortalRouter): void {
  deskRoutes(router, '/desk/clients', clientsDesk, {
    '/organisations': (context, official) => ({
      key: 'organisation',
      work: async () => {
        const { form } = context;
        await context.services.clients.registerPartnerOrganisation(official, {
          name: form.get('name') ?? '',
          taxCode: form.get('taxCode') ?? '',
          contactName: form.get('contactName') ?? '',
          contactEmail: form.get('contactEmail') || null,
          contactPhone: form.get('contactPhone') || null,
        });
        return '/desk/clients?done=organisationRegistered';
      },
    }),
    '': (context, official) => ({
      key: 'client',
      work: async () => {
        const { form } = context;
        const input = { organisationId: form.get('organisationId') ?? '', name: form.get('name') ?? '', scopes: form.getAll('scopes') };
        return secretPage(context, await context.services.clients.registerApiClient(official, input));
      },
    }),
    '/:id/rotate': (context, official, id) => ({
      key: id,
      work: async () => secretPage(context, await context.services.clients.rotateApiClientSecret(official, id)),
    }),
    '/:id/revoke': (context, official, id) => ({
      key: id,
      work: async () => {
        await context.services.clients.revokeApiClient(official, id, context.form.get('reason') ?? '');
        return '/desk/clients?done=clientRevoked';
      },
    }),
  });
}
