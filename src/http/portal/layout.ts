import { hasRole } from '../../shared/viewer';
import { html, type Html } from './html';
import type { MessageKey } from './messages';
import type { PortalRequest } from './session';

export const stylesheetPath = '/portal/assets/portal.css';
export const scriptPath = '/portal/assets/portal.js';

/** The same page in the other language: the current path with `lang` replaced. */
function otherLanguageHref(portal: PortalRequest): string {
  const url = new URL(portal.path, 'http://portal.invalid');
  url.searchParams.set('lang', portal.messages.language === 'vi' ? 'en' : 'vi');
  return `${url.pathname}${url.search}`;
}

function navigation(portal: PortalRequest): Html {
  const { viewer, messages: m } = portal;
  const officialLinks =
    viewer.kind === 'official'
      ? html`<li><a href="/desk">${m.text('navDesk')}</a></li>
          ${hasRole(viewer, 'DATA_STEWARD') ? html`<li><a href="/desk/requests">${m.text('navInbox')}</a></li>` : ''}
          <li><a href="/desk/my-requests">${m.text('navMyRequests')}</a></li>
          <li><a href="/review">${m.text('navReview')}</a></li>
          ${
            hasRole(viewer, 'DIC_ADMIN')
              ? html`<li><a href="/publish">${m.text('navPublish')}</a></li>
                  <li><a href="/usage">${m.text('navUsage')}</a></li>`
              : ''
          }`
      : viewer.kind === 'citizen'
        ? html`<li><a href="/my-data">${m.text('navMyData')}</a></li>
            <li><a href="/my-data/accesses">${m.text('navWhoRead')}</a></li>
            <li><a href="/my-feedback">${m.text('navMyFeedback')}</a></li>`
        : '';
  const signOut = (who: Html) =>
    html`<form method="post" action="/sign-out" class="inline">
      ${csrfField(portal)}<span class="who">${who}</span>
      <button type="submit" class="link">${m.text('signOut')}</button>
    </form>`;
  const account =
    viewer.kind === 'official'
      ? signOut(html`${m.text('signedInAs')} <strong>${viewer.accountName}</strong>`)
      : viewer.kind === 'citizen'
        ? signOut(html`${m.text('signedInCitizen')}`)
        : html`<a href="/sign-in">${m.text('signIn')}</a>`;
  return html`<nav aria-label="${m.text('siteName')}">
    <ul>
      <li><a href="/">${m.text('navHome')}</a></li>
      ${officialLinks}
    </ul>
    <div class="account">
      ${account}
      <a
        href="${otherLanguageHref(portal)}"
        lang="${portal.messages.language === 'vi' ? 'en' : 'vi'}"
        aria-label="${m.text('switchLanguageLabel')}"
        >${m.text('switchLanguage')}</a
      >
    </div>
  </nav>`;
}

export function csrfField(portal: PortalRequest): Html {
  return html`<input type="hidden" name="_csrf" value="${portal.csrfToken}" />`;
}

/** Every page: language, title, viewport, skip link, navigation with the language switch. */
export function page(portal: PortalRequest, title: string, main: Html, head: Html = html``): Html {
  const m = portal.messages;
  return html`<!doctype html>
    <html lang="${m.language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${m.text('siteName')}</title>
        <link rel="stylesheet" href="${stylesheetPath}" />
        <link rel="icon" href="data:," />
        <link rel="alternate" type="application/atom+xml" href="/feeds/datasets.atom" title="${m.text('feedTitle')}" />
        <script src="${scriptPath}" defer></script>
        ${head}
      </head>
      <body>
        <a class="skip" href="#main">${m.text('skipToContent')}</a>
        <header><a class="brand" href="/">${m.text('siteName')}</a>${navigation(portal)}</header>
        <main id="main" tabindex="-1">
          <h1>${title}</h1>
          ${main}
        </main>
        <footer>
          <p>
            ${m.text('forMachines')}: <a href="/catalog.ttl">${m.text('navCatalogue')}</a> ·
            <a href="/api/3/action/package_search">CKAN API</a> · <a href="/feeds/datasets.atom">${m.text('feed')}</a> ·
            <a href="/sitemap.xml">${m.text('sitemap')}</a>
          </p>
          <p><a href="/broadcasts">${m.text('broadcastsFeedTitle')}</a> · <a href="/feedback">${m.text('satisfactionTitle')}</a></p>
        </footer>
      </body>
    </html>`;
}

const doneMessages: Record<string, MessageKey> = {
  approved: 'approved',
  rejected: 'rejected',
  counterOffered: 'counterOffered',
  approvedAwaitingDic: 'approvedAwaitingDic',
  counterOfferAccepted: 'counterOfferAccepted',
  counterOfferDeclined: 'counterOfferDeclined',
  submitted: 'submitted',
  requested: 'requested',
  schemaConfirmed: 'schemaConfirmed',
  decided: 'decided',
  published: 'published',
  revoked: 'revoked',
  paused: 'paused',
  resumed: 'resumed',
  codeSent: 'codeSent',
  requestApproved: 'requestApproved',
  requestRejected: 'requestRejected',
  broadcastRequested: 'broadcastRequested',
  broadcastApproved: 'broadcastApproved',
  broadcastRefused: 'broadcastRefused',
  feedbackFiled: 'feedbackFiled',
  feedbackRated: 'feedbackRated',
  feedbackUpdated: 'feedbackUpdated',
  organisationRegistered: 'organisationRegistered',
  clientRevoked: 'clientRevoked',
  sourceRegistered: 'sourceRegistered',
  harvestRequested: 'harvestRequested',
  scheduleSaved: 'scheduleSaved',
};

/** A short notice after a POST redirected back with `?done=`, announced to screen readers. */
export function doneNotice(portal: PortalRequest): Html {
  const done = new URL(portal.path, 'http://portal.invalid').searchParams.get('done');
  const key = done && Object.hasOwn(doneMessages, done) ? doneMessages[done] : null;
  return key ? html`<p class="notice" role="status">${portal.messages.text(key)}</p>` : html``;
}
