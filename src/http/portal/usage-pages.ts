import { agencyName, datasetTitle } from './components';
import { html } from './html';
import { page } from './layout';
import { requireSignIn, type PortalRouter } from './routes';

/** DIC's usage report (002 §31.8): per dataset of the province and grantee, reads, rows, last access and refusals. */
export function usagePages(router: PortalRouter): void {
  router.get('/usage', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { services, portal } = context;
    const m = portal.messages;
    const usage = await services.access.usage.forProvince(official);
    const [datasets, agencies] = await Promise.all([
      services.catalog.findByIds([...new Set(usage.map((row) => row.datasetId))]),
      services.agencies.findByIds([...new Set(usage.map((row) => row.granteeAgencyId))]),
    ]);
    const datasetOf = new Map(datasets.map((dataset) => [dataset.id, dataset]));
    const agencyOf = new Map(agencies.map((agency) => [agency.id, agency]));
    return page(
      portal,
      m.text('usageTitle'),
      html`<p>${m.text('usageIntro')}</p>
        ${
          usage.length === 0
            ? html`<p>${m.text('usageEmpty')}</p>`
            : html`<div class="scroll">
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
                        <td>${agencyName(agencyOf.get(row.granteeAgencyId), m)}</td>
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
