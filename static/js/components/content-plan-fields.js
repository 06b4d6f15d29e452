// 内容规划 of a material or play, in its form: the content kind (产品 / 活动 / 媒体 / 品类 /
// 品牌内容) and the scene it serves (线上 / 线下, 高频 / 低频, 种草 / 带货), HQ's figures by kind
// and scene read them. `model` is the form's reactive object: the fields are its
// content_kind, scene_channel, scene_frequency and scene_aim.
import {
  CONTENT_KIND_LABELS,
  SCENE_AIM_LABELS,
  SCENE_CHANNEL_LABELS,
  SCENE_FREQUENCY_LABELS,
} from '../labels.js';

const SCENES = [
  { key: 'scene_channel', label: '渠道', options: SCENE_CHANNEL_LABELS },
  { key: 'scene_frequency', label: '频次', options: SCENE_FREQUENCY_LABELS },
  { key: 'scene_aim', label: '目的', options: SCENE_AIM_LABELS },
];

/** The content plan's four fields of a form, as the API takes them. */
export function contentPlanOf(form) {
  return {
    content_kind: form.content_kind,
    scene_channel: form.scene_channel,
    scene_frequency: form.scene_frequency,
    scene_aim: form.scene_aim,
  };
}

export default {
  name: 'ContentPlanFields',
  props: {
    model: { type: Object, required: true },
    errors: { type: Object, default: () => ({}) },
  },
  setup() {
    return { CONTENT_KIND_LABELS, SCENES };
  },
  template: `
    <van-cell-group inset title="内容规划" class="content-plan">
      <van-field name="content_kind" label="内容类型" :error-message="errors.content_kind">
        <template #input>
          <div class="kind-chips" role="radiogroup" aria-label="内容类型">
            <button v-for="(label, kind) in CONTENT_KIND_LABELS" :key="kind" type="button" class="chip"
              :class="{ 'chip--active': model.content_kind === kind }" role="radio" :aria-checked="model.content_kind === kind"
              @click="model.content_kind = kind">{{ label }}</button>
          </div>
        </template>
      </van-field>
      <van-field v-for="scene in SCENES" :key="scene.key" :name="scene.key" :label="scene.label" :error-message="errors[scene.key]">
        <template #input>
          <van-radio-group v-model="model[scene.key]" direction="horizontal">
            <van-radio v-for="(label, value) in scene.options" :key="value" :name="value">{{ label }}</van-radio>
          </van-radio-group>
        </template>
      </van-field>
    </van-cell-group>
  `,
};
