import type { CodeListEntry, Dataset } from '../../modules/catalog/service';
import type { Services } from '../../services';
import { inReadersLanguage, scrollRegion } from './components';
import { html, type Html } from './html';
import type { Messages } from './messages';

/**
 * A shared code list (002 §5.2) is a dataset of category SHARED_CATALOGUE whose entries the
 * catalogue replaces on import (catalog/code-lists): it has no file, so no upload, no ingestion
 * and no inferred schema to confirm make sense for it.
 */
export function isCodeList(dataset: Dataset): boolean {
  return dataset.category === 'SHARED_CATALOGUE';
}

export function codeListEntryLabel(entry: CodeListEntry, m: Messages): string {
  return inReadersLanguage(entry.label, entry.labelEn, m);
}

/** The entries of each code list among `datasets`, by dataset id, in one query. */
export function codeListEntriesOf(services: Services, datasets: readonly Dataset[]): Promise<Map<string, CodeListEntry[]>> {
  return services.catalog.codeListEntriesOf(datasets.filter(isCodeList).map((list) => list.id));
}

/** What a steward sees on the desk in place of the upload: how many entries, and how they change. */
export function codeListDeskNote(dataset: Dataset, entries: readonly CodeListEntry[], m: Messages): Html {
  return html`<p>${m.format('codeListOnDesk', { count: m.number(entries.length) })}</p>
    <p><a href="/datasets/${encodeURIComponent(dataset.slug)}#entries">${m.text('codeListSeeEntries')}</a></p>`;
}

/** The code list's entries on its page: code, name in the reader's language, parent and validity. */
export function codeListEntriesSection(entries: readonly CodeListEntry[], m: Messages): Html {
  return html`<section aria-labelledby="entries">
    <h2 id="entries">${m.text('codeListEntries')}</h2>
    <div ${scrollRegion(m.text('codeListEntries'))}>
      <table>
        <thead>
          <tr>
            <th scope="col">${m.text('codeListCode')}</th>
            <th scope="col">${m.text('codeListLabel')}</th>
            <th scope="col">${m.text('codeListParent')}</th>
            <th scope="col">${m.text('codeListInForce')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) =>
              html`<tr>
                <td>${entry.code}</td>
                <td>${codeListEntryLabel(entry, m)}</td>
                <td>${entry.parentCode ?? ''}</td>
                <td>${entry.validFrom || entry.validTo ? `${entry.validFrom ?? '…'} → ${entry.validTo ?? '…'}` : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
