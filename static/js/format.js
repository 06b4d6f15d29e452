// Dates and numbers as a Chinese user reads them, in the company's time zone.

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function parts(date, timeZone) {
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone: timeZone || DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out = {};
  for (const { type, value } of formatter.formatToParts(date)) out[type] = value;
  return out;
}

/** A calendar day (a local Date, as a date picker gives it) as YYYY-MM-DD. */
export function isoDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-11-23" -> "11月23日 周一" (a calendar day, no time zone involved). */
export function formatDay(isoDay) {
  if (!isoDay) return '';
  const [year, month, day] = isoDay.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${month}月${day}日 ${WEEKDAYS[weekday]}`;
}

/** An ISO 8601 instant as "刚刚", "5分钟前", "今天 09:30", "昨天 18:02", "11-20 08:15" or "2025-12-31". */
export function formatTime(iso, timeZone, now = new Date()) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const seconds = (now.getTime() - date.getTime()) / 1000;
  if (seconds >= 0 && seconds < 60) return '刚刚';
  if (seconds >= 0 && seconds < 3600) return `${Math.floor(seconds / 60)}分钟前`;

  const when = parts(date, timeZone);
  const today = parts(now, timeZone);
  const yesterday = parts(new Date(now.getTime() - 86400 * 1000), timeZone);
  const clock = `${when.hour}:${when.minute}`;
  const sameDay = (a, b) => a.year === b.year && a.month === b.month && a.day === b.day;
  if (sameDay(when, today)) return `今天 ${clock}`;
  if (sameDay(when, yesterday)) return `昨天 ${clock}`;
  if (when.year === today.year) return `${when.month}-${when.day} ${clock}`;
  return `${when.year}-${when.month}-${when.day}`;
}

/** A badge count: undefined for 0 (Vant would show "0"), else the number. */
export function badgeCount(count) {
  return count > 0 ? count : undefined;
}

/** Integer fen as yuan with two decimals: 699900 -> "6999.00", -150 -> "-1.50". */
export function formatYuan(fen) {
  if (fen === null || fen === undefined || !Number.isFinite(Number(fen))) return '';
  const value = Math.round(Number(fen));
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer fen as a price: 699900 -> "¥6999.00" ('' for null). */
export function formatPrice(fen) {
  const yuan = formatYuan(fen);
  return yuan && `¥${yuan}`;
}

/** A figure of a metric as shown: money (unit "fen") in yuan, counts as they are. */
export function formatFigure(value, unit) {
  return unit === 'fen' ? formatPrice(value) : String(value);
}

/** A date and time in the company's time zone, "2026-11-23 09:30", for records and history. */
export function formatDateTime(iso, timeZone) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Yuan typed in a form ("12.8", "1,299") as integer fen; null when blank, NaN when not an amount. */
export function yuanToFen(text) {
  const cleaned = String(text ?? '').replace(/[¥￥,，\s]/g, '');
  if (cleaned === '') return null;
  // Up to 13 digits: exact as a JS number in fen; the range is the caller's (and the API's) rule.
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return NaN;
  return Number(match[1]) * 100 + Number((match[2] || '').padEnd(2, '0'));
}

/** A rate in basis points as a percentage: 300 -> "3%", 250 -> "2.5%". */
export function formatRate(bps) {
  if (bps === null || bps === undefined) return '';
  return `${Number((bps / 100).toFixed(2))}%`;
}

/** "5" or "2.5" (percent) -> 500 / 250 basis points; null when blank, NaN when not a rate. */
export function percentToBps(text) {
  const cleaned = String(text ?? '').replace(/[%％\s]/g, '');
  if (cleaned === '') return null;
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(cleaned)) return NaN;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const pad2 = (value) => String(value).padStart(2, '0');

/** The calendar day of an instant in the company's time zone: "2026-11-23" ('' for none). */
export function dayOf(iso, timeZone) {
  if (!iso) return '';
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The wall clock of an instant in the company's time zone: "09:30". */
export function clockOf(iso, timeZone) {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** A calendar day moved by n days: addDays("2026-11-30", 1) -> "2026-12-01". */
export function addDays(isoDay, n) {
  const [year, month, day] = isoDay.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + n));
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

// Minutes the zone is ahead of UTC at this instant (480 for Asia/Shanghai).
function offsetMinutes(date, timeZone) {
  const p = parts(date, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((wall - Math.floor(date.getTime() / 60000) * 60000) / 60000);
}

/** A day and a clock in the company's time zone as ISO 8601 with its offset: "2026-11-24T10:00:00+08:00". */
export function zonedIso(isoDay, clock, timeZone) {
  const [year, month, day] = isoDay.split('-').map(Number);
  const [hour, minute] = clock.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let offset = offsetMinutes(new Date(wall), timeZone);
  offset = offsetMinutes(new Date(wall - offset * 60000), timeZone); // across a DST change
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${isoDay}T${pad2(hour)}:${pad2(minute)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** When a next action is due: "今天 10:00", "明天 10:00", "11月26日 周四 10:00" (another year: "2027-01-05 10:00"). */
export function formatDue(iso, timeZone, now = new Date()) {
  const day = dayOf(iso, timeZone);
  if (!day) return '';
  const clock = clockOf(iso, timeZone);
  const today = dayOf(now, timeZone);
  if (day === today) return `今天 ${clock}`;
  if (day === addDays(today, 1)) return `明天 ${clock}`;
  if (day === addDays(today, -1)) return `昨天 ${clock}`;
  if (day.slice(0, 4) !== today.slice(0, 4)) return `${day} ${clock}`;
  return `${formatDay(day)} ${clock}`;
}

/** A file's size as people read it: 512 -> "512 B", 84000 -> "82 KB", 3500000 -> "3.3 MB". */
export function formatFileSize(bytes) {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** How long a page stayed open, as the timeline tells it: 45秒, 1分05秒, 1小时02分. */
export function formatStay(seconds) {
  const whole = Math.max(0, Math.round(seconds ?? 0));
  if (whole < 60) return `${whole}秒`;
  if (whole < 3600) return `${Math.floor(whole / 60)}分${String(whole % 60).padStart(2, '0')}秒`;
  return `${Math.floor(whole / 3600)}小时${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}分`;
}
