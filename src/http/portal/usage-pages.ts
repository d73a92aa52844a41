import { agencyName, datasetTitle, scrollRegion } from './components';
import { html } from './html';
import { page } from './layout';
import { requireSignIn, type PortalRouter } from './page';

/** DIC's usage report (002 §31.8): per dataset of the province and grantee, reads, rows, last access and refusals. */
export function usagePages(router: PortalRouter): void {
  router.get('/usage', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { services, portal } = context;
    const m = portal.messages;
    const usage = await services.access.usage.forProvince(official);
    const idsOf = (pick: (row: (typeof usage)[number]) => string | null) => [
      ...new Set(usage.map(pick).filter((id): id is string => id !== null)),
    ];
    const [datasets, agencies, organisations] = await Promise.all([
      services.trusted.catalog.findByIds(idsOf((row) => row.datasetId)),
      services.agencies.findByIds(idsOf((row) => row.granteeAgencyId)),
      services.clients.organisationsByIds(idsOf((row) => row.granteeOrganisationId)),
    ]);
    const datasetOf = new Map(datasets.map((dataset) => [dataset.id, dataset]));
    const agencyOf = new Map(agencies.map((agency) => [agency.id, agency]));
    const organisationOf = new Map(organisations.map((organisation) => [organisation.id, organisation]));
    // An organisation reads through its API clients: the report names both.
    const granteeName = (row: (typeof usage)[number]) =>
      row.granteeOrganisationId
        ? `${organisationOf.get(row.granteeOrganisationId)?.name ?? row.granteeOrganisationId} (${row.clientIds.join(', ')})`
        : agencyName(row.granteeAgencyId ? agencyOf.get(row.granteeAgencyId) : undefined, m);
    return page(
      portal,
      m.text('usageTitle'),
      html`<p>${m.text('usageIntro')}</p>
        ${
          usage.length === 0
            ? html`<p>${m.text('usageEmpty')}</p>`
            : html`<div ${scrollRegion(m.text('usageTitle'))}>
                <table class="usage">
                  <thead>
                    <tr>
                      <th scope="col">${m.text('usageDataset')}</th>
                      <th scope="col">${m.text('usageGrantee')}</th>
                      <th scope="col">${m.text('usageReads')}</th>
                      <th scope="col">${m.text('usageRows')}</th>
                      <th scope="col">${m.text('usageLastAccess')}</th>
                      <th scope="col">${m.text('usageDenied')}</th>
                      <th scope="col">${m.text('usageLastDenied')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${usage.map((row) => {
                      const dataset = datasetOf.get(row.datasetId);
                      return html`<tr>
                        <td>${dataset ? datasetTitle(dataset, m) : row.datasetId}</td>
                        <td>${granteeName(row)}</td>
                        <td>${row.reads}</td>
                        <td>${row.rowsReturned}</td>
                        <td>${row.lastAccessAt ? m.dateTime(row.lastAccessAt) : '—'}</td>
                        <td>${row.deniedAttempts}</td>
                        <td>${row.lastDeniedAt ? m.dateTime(row.lastDeniedAt) : '—'}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>`
        }`,
    );
  });
}
