import type { Dataset } from '../../modules/catalog/service';
import type { ComplianceCheck, CouncilSeat } from '../../modules/compliance/service';
import type { Services } from '../../services';
import type { OfficialViewer } from '../../shared/viewer';
import { agencyName, datasetTitle, describedBy, fieldError, ownersOf, problemsOf } from './components';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { Messages } from './messages';
import { PageResponse, requireSignIn, type PageContext, type PortalRouter } from './page';
import type { PortalRequest } from './session';

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

/** A seat's decision that came back with problems: what was typed and the service's words per field. */
interface FailedSeat {
  slug: string;
  seat: CouncilSeat;
  reason: string;
  errors: Map<string, string>;
}

function seatForm(portal: PortalRequest, dataset: Dataset, seat: CouncilSeat, failed: FailedSeat | null): Html {
  const m = portal.messages;
  const id = `${seat}-${dataset.slug}`;
  const mine = failed?.slug === dataset.slug && failed.seat === seat ? failed : null;
  const errors = mine?.errors ?? new Map<string, string>();
  return html`<form method="post" action="/review/${encodeURIComponent(dataset.slug)}/decide">
    ${csrfField(portal)}<input type="hidden" name="seat" value="${seat}" />
    <fieldset>
      <legend>${m.text('seatDecision')}: ${m.seat(seat)}</legend>
      ${errors.has('form') ? html`<p class="error" role="alert">${errors.get('form')}</p>` : ''}
      <label for="reason-${id}">${m.text('reviewReason')}</label>
      <textarea id="reason-${id}" name="reason" rows="2" ${describedBy(errors, 'reason', `reason-${id}`)}>${mine?.reason ?? ''}</textarea>
      ${fieldError(errors, 'reason', `reason-${id}`)}
      <p>
        <button type="submit" name="decision" value="APPROVE">${m.text('approveSeat')}</button>
        <button type="submit" name="decision" value="REJECT" class="danger">${m.text('rejectSeat')}</button>
      </p>
    </fieldset>
  </form>`;
}

async function reviewQueue(context: PageContext, official: OfficialViewer, failed: FailedSeat | null = null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const waiting = await services.compliance.undecidedSeats(official);
  const datasets = waiting.map((entry) => entry.dataset);
  const [checks, owners] = await Promise.all([latestChecks(services, datasets), ownersOf(services, datasets)]);
  return page(
    portal,
    m.text('reviewTitle'),
    html`${doneNotice(portal)}
    ${
      waiting.length === 0
        ? html`<p>${m.text('reviewEmpty')}</p>`
        : html`<ul class="cards">
            ${waiting.map(
              ({ dataset, seats }) =>
                html`<li data-dataset="${dataset.slug}">
                  <a href="/datasets/${encodeURIComponent(dataset.slug)}"><strong>${datasetTitle(dataset, m)}</strong></a>
                  <div class="meta">${agencyName(owners.get(dataset.ownerAgencyId), m)} · ${m.reviewState(dataset.reviewState)}</div>
                  ${checksList(checks.get(dataset.id) ?? [], m)} ${seats.map((seat) => seatForm(portal, dataset, seat, failed))}
                </li>`,
            )}
          </ul>`
    }`,
  );
}

async function publicationQueue(context: PageContext, official: OfficialViewer, problem: string | null = null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const queue = await services.compliance.publicationQueue(official);
  const owners = await ownersOf(services, queue);
  return page(
    portal,
    m.text('publishTitle'),
    html`${doneNotice(portal)}${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
    ${
      queue.length === 0
        ? html`<p>${m.text('publishEmpty')}</p>`
        : html`<ul class="cards">
            ${queue.map(
              (dataset) =>
                html`<li data-dataset="${dataset.slug}">
                  <a href="/datasets/${encodeURIComponent(dataset.slug)}"><strong>${datasetTitle(dataset, m)}</strong></a>
                  <div class="meta">${agencyName(owners.get(dataset.ownerAgencyId), m)} · ${m.reviewState(dataset.reviewState)}</div>
                  <form method="post" action="/publish/${encodeURIComponent(dataset.slug)}">
                    ${csrfField(portal)}<button type="submit">${m.text('publish')}</button>
                  </form>
                </li>`,
            )}
          </ul>`
    }`,
  );
}

export function reviewPages(router: PortalRouter): void {
  /** The council member's queue (002 §5.5): datasets with an open round where a seat of theirs has not decided. */
  router.get('/review', async (context) => {
    const official = requireSignIn(context);
    return official ? reviewQueue(context, official) : undefined;
  });

  router.post('/review/:slug/decide', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { slug } = context.request.params as { slug: string };
    const { form } = context;
    const seat = form.get('seat') as CouncilSeat;
    const decision = form.get('decision') === 'REJECT' ? 'REJECT' : 'APPROVE';
    try {
      await context.services.compliance.decideSeat(official, slug, seat, decision, form.get('reason'));
    } catch (error) {
      const errors = problemsOf(error);
      if (!errors) throw error;
      return new PageResponse(400, await reviewQueue(context, official, { slug, seat, reason: form.get('reason') ?? '', errors }));
    }
    void context.reply.redirect('/review?done=decided', 303);
  });

  /** DIC's queue (002 §30.2): compliant public datasets of the province not yet published. */
  router.get('/publish', async (context) => {
    const official = requireSignIn(context);
    return official ? publicationQueue(context, official) : undefined;
  });

  router.post('/publish/:slug', async (context) => {
    const official = requireSignIn(context);
    if (!official) return;
    const { slug } = context.request.params as { slug: string };
    try {
      await context.services.compliance.publishDataset(official, slug);
    } catch (error) {
      const errors = problemsOf(error);
      if (!errors) throw error;
      return new PageResponse(400, await publicationQueue(context, official, [...errors.values()].join('; ')));
    }
    void context.reply.redirect('/publish?done=published', 303);
  });
}
