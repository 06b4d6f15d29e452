// 本月目标: the month's targets the caller may see (GET /targets), each with a progress bar of
// what the counters reached so far, against the share of the month gone by. On the rep's home
// (their own and their team's) and the boss's (those they set and their subtree's, with a
// link to set them: `manage`).
import { computed, onMounted, ref } from 'vue';

import { api } from '../api.js';
import { formatFigure } from '../format.js';

/** A target's figure as shown: money in yuan, counts as they are. */
export const targetValue = (target, value) => formatFigure(value, target.unit);

/** Whose target it is: the rep's name, or the team's. */
export const targetOwner = (target) => (target.subject === 'team' ? target.org_unit?.name : target.rep?.name) ?? '';

export default {
  name: 'TargetProgress',
  props: {
    manage: { type: Boolean, default: false }, // a boss: link to the targets page
  },
  setup() {
    const progress = ref(null);
    const failed = ref(false);

    async function load() {
      failed.value = false;
      try {
        progress.value = await api.get('/targets', { toast: false });
      } catch {
        failed.value = true;
      }
    }

    const items = computed(() => progress.value?.items ?? []);
    // The share of the month gone by: a bar behind it is behind pace.
    const pace = computed(() => (progress.value ? progress.value.elapsed_days / progress.value.days : 0));
    const percent = (target) => Math.min(100, Math.round(target.ratio * 100));
    const behind = (target) => target.ratio < pace.value;

    onMounted(load);
    return { progress, failed, items, pace, percent, behind, load, targetValue, targetOwner };
  },
  template: `
    <section class="card target-progress">
      <header class="card__header">
        <h2 class="card__title">本月目标</h2>
        <router-link v-if="manage" to="/boss/targets" class="card__extra link">设置目标 <van-icon name="arrow" /></router-link>
        <span v-else-if="progress" class="card__extra">已过 {{ progress.elapsed_days }}/{{ progress.days }} 天</span>
      </header>
      <div v-if="!progress && !failed" class="target-progress__loading"><van-loading size="20">加载中…</van-loading></div>
      <van-empty v-else-if="failed" image="network" image-size="64" description="目标加载失败">
        <van-button round size="small" @click="load">重试</van-button>
      </van-empty>
      <p v-else-if="!items.length" class="target-progress__none">{{ manage ? '还没有设置本月目标' : '本月暂无目标' }}</p>
      <ul v-else class="target-progress__list">
        <li v-for="target in items" :key="target.id" class="target" :data-target-id="target.id">
          <div class="target__head">
            <span class="target__name">{{ targetOwner(target) }} · {{ target.label }}</span>
            <span class="target__figures">{{ targetValue(target, target.reached) }} / {{ targetValue(target, target.value) }}</span>
          </div>
          <van-progress
            :percentage="percent(target)"
            :pivot-text="Math.round(target.ratio * 100) + '%'"
            :color="behind(target) ? 'var(--van-orange)' : 'var(--brand)'"
            stroke-width="8"
            class="target__bar"
          />
        </li>
      </ul>
    </section>
  `,
};
