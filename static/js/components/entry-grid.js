// A card of entry tiles on a home screen: icon + text, each leading to a page. Extra
// content (a button) goes in the default slot, below the tiles.
export default {
  name: 'EntryGrid',
  props: {
    title: { type: String, default: '' },
    items: { type: Array, required: true }, // [{ text, icon, to, badge? }]
    columns: { type: Number, default: 3 },
  },
  template: `
    <section class="card entry-grid">
      <header v-if="title" class="card__header">
        <h2 class="card__title">{{ title }}</h2>
      </header>
      <van-grid :column-num="columns" :border="false" clickable class="entry-grid__grid">
        <van-grid-item
          v-for="item in items"
          :key="item.to"
          :icon="item.icon"
          :text="item.text"
          :to="item.to"
          :badge="item.badge"
        />
      </van-grid>
      <div v-if="$slots.default" class="entry-grid__extra"><slot /></div>
    </section>
  `,
};
