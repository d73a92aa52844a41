import type { Province } from '../../modules/agencies/service';
import { inReadersLanguage } from './components';
import { html, type Html } from './html';
import type { PageContext } from './page';

export interface ProvinceChoice {
  code: string;
  provinces: Province[];
}

/**
 * Which province a public page of the province shows: the one asked for (`?province=`) when it
 * exists, else the signed-in person's own, else the one the hub serves.
 */
export async function chosenProvince(context: PageContext): Promise<ProvinceChoice> {
  const { services, portal } = context;
  const provinces = await services.agencies.listProvinces();
  const known = (code: unknown) => provinces.find((province) => province.code === code)?.code;
  const own = portal.viewer.kind === 'anonymous' ? null : portal.viewer.provinceCode;
  const code =
    known((context.request.query as Record<string, unknown>).province) ??
    known(own) ??
    known(await services.agencies.homeProvinceCode()) ??
    provinces[0]?.code ??
    '';
  return { code, provinces };
}

/** A GET form to see another province's page: every choice is a link one can share. */
export function provinceForm(choice: ProvinceChoice, action: string, context: PageContext): Html {
  const m = context.portal.messages;
  const name = (province: Province) => inReadersLanguage(province.name, province.nameEn, m);
  return html`<form method="get" action="${action}" class="search">
    <label for="province-choice">${m.text('province')}</label>
    <select id="province-choice" name="province">
      ${choice.provinces.map(
        (province) =>
          html`<option value="${province.code}" ${province.code === choice.code ? html`selected` : ''}>${name(province)}</option>`,
      )}
    </select>
    <button type="submit">${m.text('showProvince')}</button>
  </form>`;
}
