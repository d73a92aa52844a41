import { SignInRefusal } from '../../modules/accounts/service';
import { DomainError } from '../../shared/errors';
import { html, type Html } from './html';
import { csrfField, page } from './layout';
import { PageResponse, type PageContext, type PortalRouter } from './page';
import { endSession, rememberedProvince, startSession } from './session';

/** Only a path of this site: never an open redirect to another host. */
function localPath(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/desk';
}

/** The home page of each kind of account; a page meant for the other kind is not a place to come back to. */
const citizenHome = '/my-data';
const forCitizens = (path: string) => path === citizenHome || path.startsWith(`${citizenHome}/`) || path.startsWith(`${citizenHome}?`);

/** Which form failed, with the service's words. */
interface SignInProblem {
  form: 'official' | 'citizen';
  message: string;
}

async function signInForm(context: PageContext, devSignIn: boolean, problem: SignInProblem | null, next: string): Promise<Html> {
  const { portal, services, form } = context;
  const m = portal.messages;
  const provinces = await services.agencies.listProvinces();
  const known = (code: string | null | undefined) => (provinces.some((province) => province.code === code) ? code : undefined);
  const chosen =
    known(form.get('province')) ??
    known(rememberedProvince(context.request)) ??
    known(await services.agencies.homeProvinceCode()) ??
    provinces[0]?.code;
  const provinceSelect = (id: string) =>
    html`<label for="${id}">${m.text('province')}</label>
      <select id="${id}" name="province">
        ${provinces.map(
          (province) => html`<option value="${province.code}" ${province.code === chosen ? html`selected` : ''}>${province.name}</option>`,
        )}
      </select>`;
  const problemOf = (kind: SignInProblem['form']) =>
    problem?.form === kind ? html`<p class="error" role="alert" id="${kind}-sign-in-error">${problem.message}</p>` : '';
  const officialNext = forCitizens(next) ? '/desk' : next;
  const citizenNext = forCitizens(next) ? next : citizenHome;
  return page(
    portal,
    m.text('signInTitle'),
    html`<section aria-labelledby="official-heading">
        <h2 id="official-heading">${m.text('officialSignIn')}</h2>
        ${problemOf('official')}
        <form method="post" action="/sign-in">
          ${csrfField(portal)}<input type="hidden" name="next" value="${officialNext}" />
          ${provinceSelect('province')}
          <label for="accountName">${m.text('accountName')}</label>
          <input
            type="text"
            id="accountName"
            name="accountName"
            autocomplete="username"
            value="${form.get('accountName') ?? ''}"
            required
          />
          <label for="password">${m.text('password')}</label>
          <input type="password" id="password" name="password" autocomplete="current-password" required />
          <p><button type="submit">${m.text('signIn')}</button></p>
        </form>
        ${
          devSignIn
            ? html`<details>
                <summary>${m.text('devSignInTitle')}</summary>
                <form method="post" action="/dev-sign-in">
                  ${csrfField(portal)}<input type="hidden" name="next" value="${officialNext}" />
                  ${provinceSelect('dev-province')}
                  <label for="dev-accountName">${m.text('accountName')}</label>
                  <input type="text" id="dev-accountName" name="accountName" required />
                  <p><button type="submit">${m.text('devSignInButton')}</button></p>
                </form>
              </details>`
            : ''
        }
      </section>
      <section aria-labelledby="citizen-heading">
        <h2 id="citizen-heading">${m.text('citizenSignIn')}</h2>
        ${problemOf('citizen')}
        <form method="post" action="/citizen-sign-in">
          ${csrfField(portal)}<input type="hidden" name="next" value="${citizenNext}" />
          ${provinceSelect('citizen-province')}
          <label for="citizen-login">${m.text('citizenLogin')}</label>
          <input type="text" id="citizen-login" name="login" autocomplete="username" value="${form.get('login') ?? ''}" required />
          <label for="citizen-password">${m.text('password')}</label>
          <input type="password" id="citizen-password" name="password" autocomplete="current-password" required />
          <p><button type="submit">${m.text('signIn')}</button></p>
        </form>
      </section>`,
  );
}

export function signInPages(router: PortalRouter): void {
  const { devSignIn } = router.options;

  router.get('/sign-in', (context) => signInForm(context, devSignIn, null, localPath((context.request.query as { next?: string }).next)));

  /** The accounts service's own sign-in: throttling, locks and refusals are its rules. */
  router.post('/sign-in', async (context) => {
    const { form, services, reply } = context;
    const next = localPath(form.get('next'));
    try {
      const signedIn = await services.accounts.signIn(
        form.get('province') ?? '',
        form.get('accountName') ?? '',
        form.get('password') ?? '',
        context.request.ip,
      );
      startSession(reply, signedIn.token, router.options, form.get('province') ?? '');
      void reply.redirect(next, 303);
      return;
    } catch (error) {
      if (!(error instanceof SignInRefusal)) throw error;
      return new PageResponse(401, await signInForm(context, devSignIn, { form: 'official', message: error.message }, next));
    }
  });

  /** The citizens service's sign-in, by account name or phone: its throttling and refusals, the same cookie. */
  router.post('/citizen-sign-in', async (context) => {
    const { form, services, reply } = context;
    const next = localPath(form.get('next'));
    try {
      const signedIn = await services.citizens.signIn(
        form.get('province') ?? '',
        form.get('login') ?? '',
        form.get('password') ?? '',
        context.request.ip,
      );
      startSession(reply, signedIn.token, router.options, form.get('province') ?? '');
      void reply.redirect(forCitizens(next) ? next : citizenHome, 303);
      return;
    } catch (error) {
      if (!(error instanceof SignInRefusal)) throw error;
      return new PageResponse(401, await signInForm(context, devSignIn, { form: 'citizen', message: error.message }, next));
    }
  });

  router.post('/dev-sign-in', async (context) => {
    const { form, services, reply } = context;
    const next = localPath(form.get('next'));
    try {
      const signedIn = await services.accounts.devSignIn(form.get('province') ?? '', (form.get('accountName') ?? '').trim());
      startSession(reply, signedIn.token, router.options, form.get('province') ?? '');
      void reply.redirect(next, 303);
      return;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'FORBIDDEN') throw error;
      return new PageResponse(401, await signInForm(context, devSignIn, { form: 'official', message: error.message }, next));
    }
  });

  router.post('/sign-out', async ({ reply }) => {
    endSession(reply, router.options);
    void reply.redirect('/', 303);
  });
}
