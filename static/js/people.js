// What the people pages (组织架构, 员工) share: where they live for the signed-in role, and
// whether that role may change people (HQ always; a boss where the company allows it, for
// the reps of their subtree). The API enforces the same; this only hides what would be refused.
import { session } from './session.js';

/** '/hq' or '/boss': the people pages sit under the role's home. */
export function peopleBase(path) {
  return path.startsWith('/hq') ? '/hq' : '/boss';
}

/** Whether the signed-in user may add, edit, move, disable and reset the password of `user`
 * (any user of theirs when none is given). */
export function managesPeople(user = null) {
  const me = session.me;
  if (!me) return false;
  if (me.role === 'hq_admin') return true;
  return me.role === 'boss' && Boolean(me.company?.boss_manages_people) && (!user || user.role === 'rep');
}
