// The members of a group as anyone opening it sees them: an avatar or an initial each (the
// leader marked 团长), then an empty seat per place still open.
import ShopAvatar from './shop-avatar.js';

export default {
  name: 'GroupFaces',
  components: { ShopAvatar },
  props: {
    members: { type: Array, required: true }, // [{ label, avatar_url, leader }]
    seatsLeft: { type: Number, default: 0 },
    size: { type: Number, default: 48 },
  },
  template: `
    <ul class="group-faces" :aria-label="members.length + ' 人已参团'">
      <li v-for="(member, index) in members" :key="index" class="group-face" :class="{ 'group-face--leader': member.leader }">
        <shop-avatar :url="member.avatar_url" :name="member.label" :size="size" />
        <span v-if="member.leader" class="group-face__leader">团长</span>
      </li>
      <li v-for="seat in seatsLeft" :key="'seat' + seat" class="group-face group-face--open" :style="{ width: size + 'px', height: size + 'px' }" aria-hidden="true">?</li>
    </ul>
  `,
};
