/** Vietnamese text without diacritics, as 003 §4 writes names: đ/Đ become d/D. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A URL slug from a Vietnamese title: "Dịch vụ công trực tuyến" → "dich-vu-cong-truc-tuyen". */
export function slugify(text: string, maxLength = 80): string {
  return withoutDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
