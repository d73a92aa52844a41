import type { Dataset } from '../../modules/catalog/service';
import type { ComplianceCheck } from '../../modules/compliance/service';
import type { Services } from '../../services';
import { agencyName, datasetTitle, ownersOf } from './components';
import { html, type Html } from './html';
import { page } from './layout';
import type { Messages } from './messages';
import { requireSignIn, type PortalRouter } from './routes';

/** The automated checks of each dataset's latest review round (none before a first submission). */
export async function latestChecks(services: Services, datasets: readonly Dataset[]): Promise<Map<string, ComplianceCheck[]>> {
  if (datasets.length === 0) return new Map();
  const rounds = await services.compliance.roundsOf(datasets.map((dataset) => dataset.id));
  const latest = new Map<string, string>();
  for (const [datasetId, list] of rounds) if (list[0]) latest.set(datasetId, list[0].id);
  const checks = await services.compliance.checksOf([...latest.values()]);
  return new Map([...latest].map(([datasetId, roundId]) => [datasetId, checks.get(roundId) ?? []]));
}

export function checksList(checks: readonly ComplianceCheck[], m: Messages): Html {
  if (checks.length === 0) return html``;
  return html`<details>
    <summary>
      ${m.text('automatedChecks')}: ${checks.filter((check) => check.passed).length}/${checks.length} ${m.text('checkPassed').toLowerCase()}
    </summary>
    <ul>
      ${checks.map(
        (check) =>
          html`<li>
            <span class="${check.passed ? 'ok' : 'bad'}"
              >${check.passed ? `✓ ${m.text('checkPassed')}` : `✗ ${m.text('checkFailed')}`}</span
            >
            <code>${check.name}</code>: ${check.detail}
          </li>`,
      )}
    </ul>
  </details>`;
}

export function reviewPages(router: PortalRouter): void {
  /** The council member's queue (002 §5.5): datasets with an open round where a seat of theirs has not decided. */
  router.get('/review', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { services, portal } = context;
    const m = portal.messages;
    const queue = await services.compliance.reviewQueue(official);
    const [checks, owners] = await Promise.all([latestChecks(services, queue), ownersOf(services, queue)]);
    return page(
      portal,
      m.text('reviewTitle'),
      queue.length === 0
        ? html`<p>${m.text('reviewEmpty')}</p>`
        : html`<ul class="cards">
            ${queue.map(
              (dataset) =>
                html`<li>
                  <a href="/datasets/${encodeURIComponent(dataset.slug)}"><strong>${datasetTitle(dataset, m)}</strong></a>
                  <div class="meta">${agencyName(owners.get(dataset.ownerAgencyId), m)} · ${m.reviewState(dataset.reviewState)}</div>
                  ${checksList(checks.get(dataset.id) ?? [], m)}
                </li>`,
            )}
          </ul>`,
    );
  });
}
