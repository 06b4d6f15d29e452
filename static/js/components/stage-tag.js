// The customer book's small badges: a lifecycle stage (客户阶段) and an HQ tag (标签), each as a
// tinted Vant tag in its own colour.
import { stageLabel } from '../labels.js';

// From cold to hot: grey, blue, cyan, purple, green, orange, the brand red.
export const STAGE_COLORS = {
  profiled: '#969799',
  reached: '#1989fa',
  interested: '#0fa5a5',
  need: '#7232dd',
  deal: '#07a35a',
  repeat: '#f08c1b',
  super: '#e8452c',
};

const DEFAULT_TAG_COLOR = '#646566';

/** A tag's colour (#RRGGBB), or the default grey. */
export const tagColor = (tag) => tag?.color || DEFAULT_TAG_COLOR;

export const StageTag = {
  name: 'StageTag',
  props: {
    stage: { type: String, required: true },
  },
  setup(props) {
    const color = () => STAGE_COLORS[props.stage] ?? DEFAULT_TAG_COLOR;
    return { color, stageLabel };
  },
  template: `
    <van-tag :color="color() + '1f'" :text-color="color()" class="stage-tag" :data-stage="stage">{{ stageLabel(stage) }}</van-tag>
  `,
};

export const TagChip = {
  name: 'TagChip',
  props: {
    tag: { type: Object, required: true }, // { name, color }
    size: { type: String, default: undefined },
  },
  setup() {
    return { tagColor };
  },
  template: `
    <van-tag
      :color="tagColor(tag) + '14'"
      :text-color="tagColor(tag)"
      :size="size"
      class="tag-chip"
    >{{ tag.name }}</van-tag>
  `,
};

export default StageTag;
