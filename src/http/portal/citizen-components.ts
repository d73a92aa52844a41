import type { ConsentTermsColumns } from '../../modules/consent/service';
import { ForbiddenError } from '../../shared/errors';
import type { CitizenViewer } from '../../shared/viewer';
import { datasetTitle } from './components';
import { html, type Html } from './html';
import type { Messages } from './messages';
import type { PageContext } from './page';

/**
 * A citizen's pages: anyone else signed in is refused (an official has no personal data here),
 * a stranger is sent to the sign-in form and back.
 */
export function requireCitizen(context: PageContext): CitizenViewer | null {
  const { viewer } = context.portal;
  if (viewer.kind === 'citizen') return viewer;
  if (viewer.kind !== 'anonymous') throw new ForbiddenError();
  const back = context.request.method === 'GET' ? context.portal.path : '/my-data';
  void context.reply.redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  return null;
}

/** The CCCD the consents service keys the signed-in citizen's consents by; the citizens service decides. */
export async function subjectOf(context: PageContext): Promise<{ cccd: string } | null> {
  const citizen = requireCitizen(context);
  return citizen ? context.services.citizens.consentSubjectOf(citizen) : null;
}

function frequency(terms: ConsentTermsColumns, m: Messages): string {
  return terms.mode === 'ONE_TIME'
    ? m.text('oneRead')
    : m.format('readsPer', { n: terms.maxReads, period: m.period(terms.period ?? 'DAY') });
}

/** What a consent, or a partner's request for one, lets the partner do: the lines of its card. */
export function termsRows(terms: ConsentTermsColumns, titles: Map<string, string>, m: Messages): Html {
  return html`<dt>${m.text('purpose')}</dt>
    <dd>${terms.purpose}</dd>
    <dt>${m.text('consentedData')}</dt>
    <dd>
      <ul>
        ${terms.scope.map((item) => html`<li>${titles.get(item.datasetId) ?? item.datasetSlug}: ${item.fields.join(', ')}</li>`)}
      </ul>
    </dd>
    <dt>${m.text('consentPeriod')}</dt>
    <dd>${m.date(terms.validFrom)} – ${m.date(terms.validTo)}</dd>
    <dt>${m.text('frequency')}</dt>
    <dd>${frequency(terms, m)}</dd>
    <dt>${m.text('retention')}</dt>
    <dd>${m.format('days', { n: terms.retentionDays })}</dd>`;
}

/** The datasets' titles in the page's language, by id, for the cards of these consents or requests. */
export async function scopeTitles(context: PageContext, items: ConsentTermsColumns[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.flatMap((terms) => terms.scope.map((item) => item.datasetId)))];
  const datasets = await context.services.trusted.catalog.findByIds(ids);
  return new Map(datasets.map((dataset) => [dataset.id, datasetTitle(dataset, context.portal.messages)]));
}
