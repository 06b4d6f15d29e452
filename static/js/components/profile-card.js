// The signed-in user at the top of a home screen: name, role, org unit and company.
import { computed } from 'vue';

import { ORG_KIND_LABELS, roleLabel } from '../labels.js';

export default {
  name: 'ProfileCard',
  props: {
    me: { type: Object, required: true },
  },
  setup(props) {
    const initial = computed(() => (props.me.name || props.me.username || '?').slice(0, 1));
    const orgText = computed(() => {
      const unit = props.me.org_unit;
      if (!unit) return '';
      const kind = ORG_KIND_LABELS[unit.kind];
      return kind && !unit.name.endsWith(kind) ? `${unit.name} · ${kind}` : unit.name;
    });
    return { initial, orgText, roleText: computed(() => roleLabel(props.me.role)) };
  },
  template: `
    <section class="profile-card">
      <div class="profile-card__avatar" aria-hidden="true">{{ initial }}</div>
      <div class="profile-card__body">
        <div class="profile-card__line">
          <span class="profile-card__name">{{ me.name || me.username }}</span>
          <van-tag class="profile-card__role" round>{{ roleText }}</van-tag>
        </div>
        <div v-if="orgText" class="profile-card__org">
          <van-icon name="cluster-o" /> {{ orgText }}
        </div>
        <div v-if="me.company && me.company.name" class="profile-card__company">{{ me.company.name }}</div>
      </div>
    </section>
  `,
};
