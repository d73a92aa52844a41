import type { Province } from '../../modules/agencies/service';
import { html, type Html } from './html';
import type { PageContext } from './page';

export interface ProvinceChoice {
  code: string;
  provinces: Province[];
}

/**
 * Which province a public page of the province shows: the one asked for (`?province=`), else the
 * signed-in person's own, else the one the hub serves; an unknown code is no province at all.
 */
export async function chosenProvince(context: PageContext): Promise<ProvinceChoice> {
  const { services, portal } = context;
  const provinces = await services.agencies.listProvinces();
  const asked = (context.request.query as Record<string, unknown>).province;
  const own = portal.viewer.kind === 'anonymous' ? null : portal.viewer.provinceCode;
  const wanted = typeof asked === 'string' && asked ? asked : (own ?? (await services.agencies.homeProvinceCode()));
  const known = provinces.find((province) => province.code === wanted);
  return { code: known?.code ?? provinces[0]?.code ?? '', provinces };
}

/** A GET form to see another province's page: every choice is a link one can share. */
export function provinceForm(choice: ProvinceChoice, action: string, context: PageContext): Html {
  const m = context.portal.messages;
  const name = (province: Province) => (m.language === 'en' ? province.nameEn : null) ?? province.name;
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
