import { hasRole, type OfficialViewer } from '../../shared/viewer';
import { html, type Html } from './html';
import type { MessageKey, Messages } from './messages';

/**
 * An agency's steward or viewer: who asks for broadcasts (000 §14.1) and handles the feedback
 * routed to the agency (000 §7.3). The services decide; this only spares others forms they cannot send.
 */
export function isAgencyStaff(official: OfficialViewer): boolean {
  return hasRole(official, 'DATA_STEWARD') || hasRole(official, 'AGENCY_VIEWER');
}

/** The desk's way to the pages beyond datasets, each shown only to whom its service allows. */
export function deskLinks(official: OfficialViewer, m: Messages): Html {
  const links: [string, MessageKey][] = [];
  if (isAgencyStaff(official) || hasRole(official, 'DIC_ADMIN')) links.push(['/desk/broadcasts', 'navBroadcasts']);
  if (isAgencyStaff(official)) links.push(['/desk/feedback', 'navFeedbackDesk']);
  if (hasRole(official, 'DIC_ADMIN')) links.push(['/desk/clients', 'navClients'], ['/desk/harvests', 'navHarvests']);
  if (links.length === 0) return html``;
  return html`<nav aria-labelledby="desk-links">
    <h2 id="desk-links">${m.text('moreForOfficials')}</h2>
    <ul>
      ${links.map(([href, key]) => html`<li><a href="${href}">${m.text(key)}</a></li>`)}
    </ul>
  </nav>`;
}
