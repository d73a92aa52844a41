import { describedBy, fieldError, problemsOf } from './components';
import type { OfficialViewer } from '../../shared/viewer';
import { Html, html } from './html';
import { PageResponse, requireSignIn, type PageContext, type PortalRouter } from './page';

/** A form that came back with the service's problems: which one (a record's id, or `new`), what was typed, the words per field. */
export interface FailedForm {
  key: string;
  form: URLSearchParams;
  errors: Map<string, string>;
}

/** The problems and typed values of the form `key`, or none when another form failed. */
export function failedOf(failed: FailedForm | null, key: string): { errors: Map<string, string>; typed: URLSearchParams } {
  const mine = failed?.key === key ? failed : null;
  return { errors: mine?.errors ?? new Map(), typed: mine?.form ?? new URLSearchParams() };
}

/** The problem of the whole form (a conflict), announced. */
export function formProblem(errors: ReadonlyMap<string, string>): Html {
  return errors.has('form') ? html`<p class="error" role="alert">${errors.get('form')}</p>` : html``;
}

export interface TextFieldOptions {
  id: string;
  /** The form field, which is also the service's field its problem comes back under. */
  name: string;
  label: string;
  errors: ReadonlyMap<string, string>;
  value?: string | null;
  /** Rows of a textarea; a one-line input without. */
  rows?: number;
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
}

/** A labelled input or textarea with the service's problem beside it. */
export function textField(options: TextFieldOptions): Html {
  const { id, name, errors } = options;
  const required = options.required ? html` required` : '';
  const input = options.rows
    ? html`<textarea id="${id}" name="${name}" rows="${options.rows}" ${required}${describedBy(errors, name, id)}>
${options.value ?? ''}</textarea>`
    : html`<input
        type="${options.type ?? 'text'}"
        id="${id}"
        name="${name}"
        value="${options.value ?? ''}"
        ${required}${describedBy(errors, name, id)}
      />`;
  return html`<label for="${id}">${options.label}</label>${input}${fieldError(errors, name, id)}`;
}

/**
 * Runs a form's work; an expected refusal (input problems, a conflict) comes back as the page
 * again with the problems beside the fields. Anything else is the router's.
 */
export async function attemptForm<T>(
  context: PageContext,
  key: string,
  work: () => Promise<T>,
  again: (failed: FailedForm) => Promise<Html>,
): Promise<{ done: T } | PageResponse> {
  try {
    return { done: await work() };
  } catch (error) {
    const errors = problemsOf(error);
    if (!errors) throw error;
    return new PageResponse(400, await again({ key, form: context.form, errors }));
  }
}

/** A form's work, then `next` (see attemptForm for its refusals). */
export async function submitForm(
  context: PageContext,
  key: string,
  work: () => Promise<unknown>,
  next: string,
  again: (failed: FailedForm) => Promise<Html>,
): Promise<PageResponse | void> {
  const outcome = await attemptForm(context, key, work, again);
  if (outcome instanceof PageResponse) return outcome;
  void context.reply.redirect(next, 303);
}

/** A desk page, drawn again with a failed form's problems beside its fields. */
export type DeskPage = (context: PageContext, official: OfficialViewer, failed: FailedForm | null) => Promise<Html>;

/** One form of a desk: whose problems come back (a record's id, or a name for the form that makes one), and its work. */
export interface DeskForm {
  key: string;
  /** Does it; answers where the browser goes next, or the page that shows what it made (a secret shown once). */
  work: () => Promise<string | Html>;
}

/**
 * An official's desk: its page behind sign-in, and its POST forms by path under it (`:id` names
 * the record), each going on when done or back to the page with the service's problems.
 */
export function deskRoutes(
  router: PortalRouter,
  path: string,
  draw: DeskPage,
  forms: Record<string, (context: PageContext, official: OfficialViewer, id: string) => DeskForm>,
): void {
  router.get(path, async (context) => {
    const official = requireSignIn(context);
    return official ? draw(context, official, null) : undefined;
  });
  for (const [suffix, form] of Object.entries(forms)) {
    router.post(`${path}${suffix}`, async (context) => {
      const official = requireSignIn(context);
      if (!official) return;
      const { id = '' } = context.request.params as { id?: string };
      const { key, work } = form(context, official, id);
      const outcome = await attemptForm(context, key, work, (failed) => draw(context, official, failed));
      if (outcome instanceof PageResponse) return outcome;
      if (outcome.done instanceof Html) return outcome.done;
      void context.reply.redirect(outcome.done, 303);
    });
  }
}
