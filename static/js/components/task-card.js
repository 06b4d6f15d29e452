// One training task as a card of 我的任务 (and of a person's tasks for their boss): its kind,
// title, deadline, 必修/选修, points, a progress bar of what the person did and their state;
// a tap emits `open`. With `detail` it is the head of the task's own page: its cover and what
// to do, the points already earned, and no bar for an action task (its page draws its own).
import { computed } from 'vue';

import { TASK_KIND_LABELS } from '../labels.js';
import { session } from '../session.js';
import { deadlineText, pointsText, progressPercent, progressText, stateTag } from '../training.js';

export default {
  name: 'TaskCard',
  props: {
    task: { type: Object, required: true }, // a task summary with `mine`
    detail: { type: Boolean, default: false },
  },
  emits: ['open'],
  setup(props, { emit }) {
    const open = () => !props.detail && emit('open', props.task);
    return {
      TASK_KIND_LABELS, open,
      state: computed(() => stateTag(props.task.mine)),
      deadline: computed(() => deadlineText(props.task, session.me?.company?.timezone)),
      points: computed(() => pointsText(props.task)),
      percent: computed(() => progressPercent(props.task.mine)),
      counted: computed(() => progressText(props.task)),
    };
  },
  template: `
    <article class="card task-card" :class="['task-card--' + task.mine.state, { 'task-card--detail': detail }]" :data-task-id="task.id"
      :data-kind="task.kind" :data-state="task.mine.state" :role="detail ? null : 'link'" :tabindex="detail ? null : 0"
      @click="open" @keyup.enter="open">
      <img v-if="detail && task.cover_url" :src="task.cover_url" alt="" class="task-card__cover" />
      <div class="task-card__head">
        <van-tag plain type="primary">{{ TASK_KIND_LABELS[task.kind] || task.kind }}</van-tag>
        <van-tag :type="task.mandatory ? 'danger' : 'default'" plain>{{ task.mandatory ? '必修' : '选修' }}</van-tag>
        <van-tag :type="state.type" class="task-card__state" data-testid="task-state">{{ state.text }}</van-tag>
      </div>
      <component :is="detail ? 'h1' : 'h3'" class="task-card__title">{{ task.title }}</component>
      <p v-if="detail && task.summary" class="task-card__summary">{{ task.summary }}</p>
      <p class="task-card__line">
        <span :class="{ 'task-card__late': task.mine.state === 'overdue' }">{{ deadline }}</span>
        <span v-if="points" class="task-card__points"><van-icon name="medal-o" /> {{ points }}</span>
        <span v-if="detail && task.mine.points" class="task-card__points">已得 {{ task.mine.points }} 积分</span>
      </p>
      <div v-if="!(detail && task.kind === 'action')" class="task-card__progress">
        <van-progress :percentage="percent" :show-pivot="false" stroke-width="6"
          :color="task.mine.state === 'done' ? 'var(--van-success-color)' : 'var(--brand)'" />
        <span class="task-card__count">{{ counted }}</span>
      </div>
    </article>
  `,
};
