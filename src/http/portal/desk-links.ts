import { hasRole, type OfficialViewer } from '../../shared/viewer';
import { mayRequestBroadcast } from './broadcast-pages';
import { html, type Html } from './html';
import type { MessageKey, Messages } from './messages';

/** The desk's way to the pages beyond datasets, each shown only to whom its service allows. */
export function deskLinks(official: OfficialViewer, m: Messages): Html {
  const links: [string, MessageKey][] = [];
  if (mayRequestBroadcast(official) || hasRole(official, 'DIC_ADMIN')) links.push(['/desk/broadcasts', 'navBroadcasts']);
  if (links.length === 0) return html``;
  return html`<nav aria-labelledby="desk-links">
    <h2 id="desk-links">${m.text('moreForOfficials')}</h2>
    <ul>
      ${links.map(([href, key]) => html`<li><a href="${href}">${m.text(key)}</a></li>`)}
    </ul>
  </nav>`;
}
