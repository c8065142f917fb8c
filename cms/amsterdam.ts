/**
 * Date-times for editors: entered and shown in Dutch time (Europe/Amsterdam), whatever the time
 * zone of the editor's browser, and stored as ISO 8601 with the Amsterdam offset of that moment
 * (2026-03-10T09:30:00+01:00 in winter, 2026-06-10T09:30:00+02:00 in summer) — the content model's
 * format. Decap's own datetime widget would use the browser's zone; this is why the admin has a
 * small widget of its own (cms/widgets/AmsterdamDateTime.tsx).
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam offset at a moment, in minutes east of UTC (60 in winter, 120 in summer). */
export function offsetMinutes(utcMillis: number): number {
  const name = offsetFormat.formatToParts(new Date(utcMillis)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-03-10T09:30" as Amsterdam wall-clock time → "2026-03-10T09:30:00+01:00".
 * A time that does not exist (the hour skipped in spring) moves forward, like a clock does.
 */
export function fromAmsterdamLocal(local: string): string | undefined {
  const m = LOCAL.exec(local.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // The offsets a day before and after: they differ only around a change of the clocks.
  const before = offsetMinutes(wall - 86_400_000);
  const after = offsetMinutes(wall + 86_400_000);
  const valid = [before, after].find((o) => offsetMinutes(wall - o * 60_000) === o);
  // In the autumn hour that happens twice, the first (summer time); in the spring gap, the old offset,
  // which lands after the change: the clock moves forward.
  const utc = wall - (valid ?? before) * 60_000;
  const shown = toAmsterdamLocal(new Date(utc).toISOString());
  return `${shown}:${String(s ?? '00').padStart(2, '0')}${formatOffset(offsetMinutes(utc))}`;
}

/** Any ISO 8601 date-time → its Amsterdam wall-clock time for a datetime-local input ("2026-03-10T09:30"). */
export function toAmsterdamLocal(iso: string | Date): string {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = Object.fromEntries(partsFormat.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
