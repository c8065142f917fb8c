/** E-mail addresses and Dutch phone numbers anywhere in a value (a URL's own text excepted). */
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;
const PHONE = /(?:(?:\+|00)31|(?<![\w+])0)[\s.()-]{0,3}[1-9](?:[\s.()-]{0,3}\d){8}(?!\d)/;

export function contactDetailsIn(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    if (/^(?:https?|mailto):/.test(value) && !value.startsWith('mailto:')) return [];
    return EMAIL.test(value) || PHONE.test(value) ? [`${path}: ${value}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => contactDetailsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => contactDetailsIn(v, path ? `${path}.${k}` : k));
  return [];
}
