// One check-in (打卡) as a row: its state, when it was handed in, the words and the photos (a
// tap shows them full screen), and its review; with `who`, whose it is and of which task (the
// review queue). Buttons go in the default slot.
import { showImagePreview } from 'vant';

import { formatDateTime } from '../format.js';
import { CHECKIN_STATE_LABELS } from '../labels.js';
import { session } from '../session.js';

const STATE_TYPES = { submitted: 'warning', approved: 'success', returned: 'danger' };

export default {
  name: 'CheckInItem',
  props: {
    checkIn: { type: Object, required: true },
    who: { type: Boolean, default: false },
  },
  setup() {
    const preview = (photos, index) => showImagePreview({ images: photos, startPosition: index, closeable: true });
    const when = (iso) => formatDateTime(iso, session.me?.company?.timezone);
    return { CHECKIN_STATE_LABELS, STATE_TYPES, preview, when };
  },
  template: `
    <li class="check-in" :data-check-in-id="checkIn.id">
      <div class="check-in__head">
        <span v-if="who" class="check-in__who">{{ checkIn.user_name }}</span>
        <van-tag :type="STATE_TYPES[checkIn.state]" plain>{{ CHECKIN_STATE_LABELS[checkIn.state] }}</van-tag>
        <time class="check-in__time" :datetime="checkIn.submitted_at">{{ when(checkIn.submitted_at) }}</time>
      </div>
      <p v-if="who" class="check-in__task">{{ checkIn.task_title }}</p>
      <p v-if="checkIn.text" class="check-in__text">{{ checkIn.text }}</p>
      <div v-if="checkIn.photos.length" class="check-in__photos">
        <van-image v-for="(photo, index) in checkIn.photos" :key="photo + index" :src="photo" width="72" height="72" radius="6" fit="cover"
          role="button" :aria-label="'查看第 ' + (index + 1) + ' 张照片'" @click="preview(checkIn.photos, index)" />
      </div>
      <p v-if="checkIn.reviewed_at" class="check-in__review">
        {{ checkIn.reviewer_name }}{{ checkIn.review_comment ? '：' + checkIn.review_comment : ' 已审核' }}
      </p>
      <div v-if="$slots.default" class="check-in__actions"><slot /></div>
    </li>
  `,
};
