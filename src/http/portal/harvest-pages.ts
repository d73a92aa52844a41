import { sourceKinds, type HarvestRun, type HarvestSource } from '../../modules/federation/service';
import type { OfficialViewer } from '../../shared/viewer';
import { describedBy, fieldError } from './components';
import { deskRoutes, failedOf, formProblem, textField, type FailedForm } from './form-fields';
import { html, type Html } from './html';
import { csrfField, doneNotice, page } from './layout';
import type { Messages } from './messages';
import type { PageContext, PortalRouter } from './page';

/** A number typed in a form: empty is none; anything else as typed, for the service to judge (a non-number is NaN, which it refuses). */
function typedNumber(text: string | null): number | null {
  return text?.trim() ? Number(text.trim().replace(',', '.')) : null;
}

function sourceForm(context: PageContext, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, 'source');
  const field = (name: string, label: string, required = false) =>
    textField({ id: `source-${name}`, name, label, errors, value: typed.get(name), required });
  return html`<form method="post" action="/desk/harvests">
    ${csrfField(context.portal)}
    <fieldset>
      <legend>${m.text('registerSourceLegend')}</legend>
      ${formProblem(errors)} ${field('name', m.text('sourceName'), true)}
      <label for="source-kind">${m.text('sourceKind')}</label>
      <select id="source-kind" name="kind" ${describedBy(errors, 'kind', 'source-kind')}>
        ${sourceKinds.map(
          (kind) =>
            html`<option value="${kind}" ${typed.get('kind') === kind ? html`selected` : ''}>${m.text(`sourceKind${kind}`)}</option>`,
        )}
      </select>
      ${fieldError(errors, 'kind', 'source-kind')} ${field('url', m.text('sourceUrl'), true)}
      ${field('provinceCode', m.text('sourceProvince'))} ${field('timeoutSeconds', m.text('sourceTimeout'))}
      ${field('intervalHours', m.text('sourceInterval'))}
      <p><button type="submit">${m.text('registerSource')}</button></p>
    </fieldset>
  </form>`;
}

function runSummary(run: HarvestRun | undefined, m: Messages): Html {
  if (!run) return html`<p class="run">${m.text('neverHarvested')}</p>`;
  return html`<p class="run">
    ${m.text('lastRun')}: <span class="run-state">${m.jobState(run.state)}</span> · ${m.dateTime(run.finishedAt ?? run.requestedAt)} ·
    <span class="run-counts"
      >${m.format('runCounts', { seen: run.seen, created: run.created, updated: run.updated, deleted: run.deleted, failed: run.failed })}</span
    >
    ${run.error ? html`<span class="error">${run.error}</span>` : ''}
  </p>`;
}

/** A source's actions: a harvest now (CKAN may read everything again), and its schedule, which emptied pauses it. */
function sourceActions(context: PageContext, source: HarvestSource, failed: FailedForm | null): Html {
  const m = context.portal.messages;
  const { errors, typed } = failedOf(failed, source.id);
  const harvest = (full: boolean, label: string) =>
    html`<form method="post" action="/desk/harvests/${source.id}/harvest" class="inline">
      ${csrfField(context.portal)}${full ? html`<input type="hidden" name="full" value="true" />` : ''}
      <button type="submit">${label}</button>
    </form>`;
  return html`${formProblem(errors)} ${harvest(false, m.text('harvestNow'))}
    ${source.kind === 'CKAN' ? harvest(true, m.text('harvestFull')) : ''}
    <form method="post" action="/desk/harvests/${source.id}/schedule">
      ${csrfField(context.portal)}
      ${textField({
        id: `interval-${source.id}`,
        name: 'intervalHours',
        label: m.text('sourceInterval'),
        errors,
        value: typed.get('intervalHours') ?? (source.intervalHours == null ? '' : String(source.intervalHours)),
      })}
      <button type="submit">${m.text('saveSchedule')}</button>
    </form>`;
}

/** DIC's harvest sources (modules/federation): each with its latest run, a form to add one. */
async function harvestDesk(context: PageContext, official: OfficialViewer, failed: FailedForm | null): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const sources = await services.federation.sources(official);
  const runs = await services.federation.latestRunsOf(sources.map((source) => source.id));
  return page(
    portal,
    m.text('harvestsTitle'),
    html`${doneNotice(portal)}
      <p>${m.text('harvestsIntro')}</p>
      ${
        sources.length === 0
          ? html`<p>${m.text('noSources')}</p>`
          : html`<ul class="cards">
              ${sources.map(
                (source) =>
                  html`<li data-source="${source.id}">
                    <h2>${source.name}</h2>
                    <div class="meta">
                      ${m.text(`sourceKind${source.kind}`)} · <code>${source.url}</code> · ${m.text('schedule')}:
                      ${source.intervalHours == null ? m.text('onRequestOnly') : m.format('everyHours', { n: m.number(source.intervalHours) })}
                    </div>
                    ${runSummary(runs.get(source.id), m)} ${sourceActions(context, source, failed)}
                  </li>`,
              )}
            </ul>`
      }
      ${sourceForm(context, failed)}`,
  );
}

export function harvestPages(router: PortalRouter): void {
  deskRoutes(router, '/desk/harvests', harvestDesk, {
    '': (context, official) => ({
      key: 'source',
      work: async () => {
        const { form } = context;
        await context.services.federation.registerSource(official, {
          name: form.get('name') ?? '',
          kind: form.get('kind') as HarvestSource['kind'],
          url: form.get('url') ?? '',
          provinceCode: form.get('provinceCode'),
          timeoutSeconds: typedNumber(form.get('timeoutSeconds')),
          intervalHours: typedNumber(form.get('intervalHours')),
        });
        return '/desk/harvests?done=sourceRegistered';
      },
    }),
    '/:id/harvest': (context, official, id) => ({
      key: id,
      work: async () => {
        await context.services.federation.requestHarvest(official, id, context.form.get('full') === 'true');
        return '/desk/harvests?done=harvestRequested';
      },
    }),
    '/:id/schedule': (context, official, id) => ({
      key: id,
      work: async () => {
        await context.services.federation.setSchedule(official, id, typedNumber(context.form.get('intervalHours')));
        return '/desk/harvests?done=scheduleSaved';
      },
    }),
  });
}
