// 培训在线's words and small requests shared by its pages: a task's state, deadline, points
// and progress as 我的任务, a task's page and the staff's lists show them; the count on the
// home tiles; where a boss's or HQ's training pages live, and publishing a draft.
import { api, fieldMessages } from './api.js';
import { formatDue } from './format.js';
import { TASK_PROGRESS_LABELS } from './labels.js';

// A state's tag colour (Vant tag types); a state missing here is a plain tag.
const STATE_TAG_TYPES = {
  todo: 'primary',
  submitted: 'warning',
  returned: 'danger',
  failed: 'danger',
  overdue: 'danger',
  done: 'success',
};

/** A person's state of a task as a tag: { text, type }. */
export function stateTag(mine) {
  return { text: TASK_PROGRESS_LABELS[mine.state] ?? mine.state, type: STATE_TAG_TYPES[mine.state] ?? 'default' };
}

/** When the task is due, as its state reads it: "截止 明天 18:00", "12月3日 周四 09:00 开始". */
export function deadlineText(task, timeZone, now = new Date()) {
  const state = task.mine?.state;
  if (state === 'upcoming') return `${formatDue(task.start_at, timeZone, now)} 开始`;
  if (state === 'done') return `截止 ${formatDue(task.due_at, timeZone, now)}`;
  if (new Date(task.due_at) <= now) return `已于 ${formatDue(task.due_at, timeZone, now)} 截止`;
  return `截止 ${formatDue(task.due_at, timeZone, now)}`;
}

/** What the task earns: "20 积分"; a quiz's first-attempt pass ("最高 10 积分"); '' for none. */
export function pointsText(task) {
  const points = task.kind === 'quiz' ? (task.attempt_points?.[0] ?? task.points) : task.points;
  if (!points) return '';
  return task.kind === 'quiz' && task.attempt_points?.length > 1 ? `最高 ${points} 积分` : `${points} 积分`;
}

/** The progress bar's share, 0 to 100. */
export function progressPercent(mine) {
  if (mine.state === 'done') return 100;
  if (!mine.target) return 0;
  return Math.min(100, Math.floor((mine.progress * 100) / mine.target));
}

// Where a person's check-in is, under its bar.
const CHECK_IN_PROGRESS = { submitted: '待审核', returned: '已退回，请重新提交', done: '已通过' };

/** What the bar counts, by kind: "已读 1/3 页", "3/5", "最高 80 分", "待审核". */
export function progressText(task) {
  const { mine } = task;
  if (task.kind === 'course') return `已读 ${mine.progress}/${mine.target} 页`;
  if (task.kind === 'action') return `${Math.min(mine.progress, mine.target)}/${mine.target}`;
  if (task.kind === 'quiz') return mine.best_score === null || mine.best_score === undefined ? '未参加' : `最高 ${mine.best_score} 分`;
  return CHECK_IN_PROGRESS[mine.state] ?? '未提交';
}

/** How many of my tasks are to do or overdue: the badge of 我的任务's tile. */
export async function countOpenTasks() {
  const { counts } = await api.get('/training/my-tasks', { query: { state: 'todo', per_page: 1 }, toast: false });
  return counts.todo + counts.overdue;
}

/** "/boss" or "/hq": where the staff's training pages of this route live. */
export function staffBase(route) {
  return route.path.startsWith('/hq') ? '/hq' : '/boss';
}

/** Tasks of mine to follow whose title matches q (the first 20), as picker rows. */
export async function findTasks(q) {
  const data = await api.get('/training/tasks', { query: { q: q || null, per_page: 20 } });
  return data.items.map((task) => ({ id: task.id, name: task.title }));
}

/**
 * Publish a draft: resolves to the task, or rejects with the ApiError, whose `messages` are
 * the fields' reasons (what is missing, 422) ready to show under them or in a dialog.
 */
export async function publishTask(taskId) {
  try {
    return await api.post(`/training/tasks/${taskId}/publish`, undefined, { toast: false });
  } catch (error) {
    error.messages = fieldMessages(error);
    throw error;
  }
}
