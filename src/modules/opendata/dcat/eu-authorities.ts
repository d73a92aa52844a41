import { DataFactory } from 'n3';
import type { Concept } from './graph';

/**
 * Concepts of the EU Publications Office's authority tables, which DCAT-AP 3.0.0 names for
 * themes, frequencies, file types, languages and access rights. Harvesters (data.europa.eu,
 * CKAN's DCAT harvester) understand these IRIs without further description.
 */
const authority = 'http://publications.europa.eu/resource/authority/';

function concept(table: string, code: string, vi: string, en: string): Concept {
  return { iri: DataFactory.namedNode(`${authority}${table}/${code}`), label: { vi, en } };
}

export const dataThemeScheme = {
  iri: DataFactory.namedNode(`${authority}data-theme`),
  title: { vi: 'Chủ đề dữ liệu (EU)', en: 'Data theme' },
};

const governmentTheme = concept('data-theme', 'GOVE', 'Chính phủ và khu vực công', 'Government and public sector');
const populationTheme = concept('data-theme', 'SOCI', 'Dân số và xã hội', 'Population and society');
const economyTheme = concept('data-theme', 'ECON', 'Kinh tế và tài chính', 'Economy and finance');
const justiceTheme = concept(
  'data-theme',
  'JUST',
  'Tư pháp, hệ thống pháp luật và an toàn công cộng',
  'Justice, legal system and public safety',
);

/** Our sectors (the province's "lĩnh vực" code list) by their nearest EU data theme. */
const themeOfSector: Record<string, Concept> = {
  'dan-cu': populationTheme,
  'ho-tich': populationTheme,
  'bao-hiem-xa-hoi': populationTheme,
  'lao-dong-xa-hoi': populationTheme,
  'hanh-chinh-cong': governmentTheme,
  'y-te': concept('data-theme', 'HEAL', 'Y tế', 'Health'),
  'giao-duc': concept('data-theme', 'EDUC', 'Giáo dục, văn hóa và thể thao', 'Education, culture and sport'),
  'tu-phap': justiceTheme,
  'an-ninh-trat-tu': justiceTheme,
  'tai-chinh': economyTheme,
  thue: economyTheme,
  'ke-hoach-dau-tu': economyTheme,
  'thanh-toan': economyTheme,
  'dat-dai-moi-truong': concept('data-theme', 'ENVI', 'Môi trường', 'Environment'),
  'giao-thong': concept('data-theme', 'TRAN', 'Giao thông', 'Transport'),
  'thong-tin-truyen-thong': concept('data-theme', 'TECH', 'Khoa học và công nghệ', 'Science and technology'),
};

/** A dataset with no sector, or one without a sensible theme, is public-sector information. */
export function dataThemeOf(sector: string | null | undefined): Concept {
  return (sector && themeOfSector[sector]) || governmentTheme;
}

const frequencyOfUpdate: Record<string, Concept> = {
  continuous: concept('frequency', 'UPDATE_CONT', 'Liên tục', 'continuously updated'),
  daily: concept('frequency', 'DAILY', 'Hằng ngày', 'daily'),
  weekly: concept('frequency', 'WEEKLY', 'Hằng tuần', 'weekly'),
  monthly: concept('frequency', 'MONTHLY', 'Hằng tháng', 'monthly'),
  quarterly: concept('frequency', 'QUARTERLY', 'Hằng quý', 'quarterly'),
  semiannual: concept('frequency', 'ANNUAL_2', '6 tháng một lần', 'every six months'),
  annual: concept('frequency', 'ANNUAL', 'Hằng năm', 'annual'),
  irregular: concept('frequency', 'IRREG', 'Không định kỳ', 'irregular'),
};

/** The frequency in words for people (the portal), or the text itself when it is not one we name. */
export function updateFrequencyLabel(updateFrequency: string, language: 'vi' | 'en'): string {
  return frequencyOf(updateFrequency)?.label[language] ?? updateFrequency;
}

/** Our free-text update frequency as an EU frequency; anything we cannot name is left out. */
export function frequencyOf(updateFrequency: string | null | undefined): Concept | null {
  return frequencyOfUpdate[updateFrequency?.trim().toLowerCase() ?? ''] ?? null;
}

export const publicAccess = concept('access-right', 'PUBLIC', 'Công khai', 'public');
export const vietnamese = concept('language', 'VIE', 'Tiếng Việt', 'Vietnamese');
export const csvFileType = concept('file-type', 'CSV', 'CSV', 'CSV');
