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
