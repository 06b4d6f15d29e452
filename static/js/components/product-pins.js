// 推送到货架, on HQ's product edit page: the org units this product is pinned to (it shows on
// every shelf of the unit's subtree, the HQ unit meaning the whole company, and reps cannot
// take it off), adding one (POST /pins; pinning the same unit again updates 主推) and
// removing one. Each change is saved at once, apart from the product form's 保存.
import { computed, onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showSuccessToast, showToast } from 'vant';

import { api } from '../api.js';
import { ORG_KIND_LABELS } from '../labels.js';

const UNITS_PER_PAGE = 100; // the API's largest page

/** Every org unit HQ may see, in tree order (the list is paged). */
async function loadAllUnits() {
  const units = [];
  for (let page = 1; ; page += 1) {
    const result = await api.get('/org-units', { query: { page, per_page: UNITS_PER_PAGE } });
    units.push(...result.items);
    if (!result.items.length || units.length >= result.total) return units;
  }
}

const unitLabel = (unit) => (unit.kind === 'hq' ? '全公司' : unit.name);

export default {
  name: 'ProductPins',
  props: {
    productId: { type: Number, required: true },
    onSale: { type: Boolean, default: true }, // an off-sale product shows in no shop
  },
  setup(props) {
    const pins = ref([]);
    const units = ref([]);
    const loaded = ref(false);
    const failed = ref(false);
    const busyId = ref(null); // the pin being removed
    const adding = reactive({ show: false, unitId: null, featured: false, saving: false });

    const unitsById = computed(() => new Map(units.value.map((unit) => [unit.id, unit])));
    const topDepth = computed(() => Math.min(...units.value.map((unit) => unit.depth), Infinity));
    const pinByUnit = computed(() => new Map(pins.value.map((pin) => [pin.org_unit_id, pin])));
    const rows = computed(() => pins.value
      .map((pin) => {
        const unit = unitsById.value.get(pin.org_unit_id);
        return {
          pin,
          label: unit ? unitLabel(unit) : `组织 #${pin.org_unit_id}`,
          note: unit ? kindNote(unit) : '',
          order: unit ? units.value.indexOf(unit) : Infinity,
        };
      })
      .sort((a, b) => a.order - b.order));
    const chosenPin = computed(() => pinByUnit.value.get(adding.unitId) ?? null);

    function kindNote(unit) {
      if (unit.kind === 'hq') return '所有员工的微店';
      return `${ORG_KIND_LABELS[unit.kind] ?? unit.kind}下所有员工的微店`;
    }

    const indent = (unit) => ({ paddingLeft: `${(unit.depth - topDepth.value) * 20}px` });

    async function load() {
      failed.value = false;
      try {
        const [allPins, allUnits] = await Promise.all([api.get('/pins'), loadAllUnits()]);
        pins.value = allPins.filter((pin) => pin.product_id === props.productId);
        units.value = allUnits;
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    async function reloadPins() {
      const allPins = await api.get('/pins');
      pins.value = allPins.filter((pin) => pin.product_id === props.productId);
    }

    function openAdd() {
      // Start on the first unit not pinned yet (the whole company when nothing is).
      const free = units.value.find((unit) => !pinByUnit.value.has(unit.id)) ?? units.value[0];
      Object.assign(adding, { show: true, unitId: free?.id ?? null, featured: false, saving: false });
    }

    function pick(unit) {
      adding.unitId = unit.id;
      const pin = pinByUnit.value.get(unit.id);
      if (pin) adding.featured = pin.featured; // pinned already: the switch edits its 主推
    }

    async function save() {
      if (!adding.unitId) {
        showToast('请选择推送到哪个组织');
        return;
      }
      const updating = Boolean(chosenPin.value);
      adding.saving = true;
      try {
        await api.post('/pins', {
          product_id: props.productId, org_unit_id: adding.unitId, featured: adding.featured,
        });
        adding.show = false;
        showSuccessToast(updating ? '已更新推送' : '已推送');
        await reloadPins();
      } catch {
        // shown by the client; the sheet stays open to try again
      } finally {
        adding.saving = false;
      }
    }

    async function remove(row) {
      try {
        await showConfirmDialog({
          title: '取消推送',
          message: `确定取消推送到「${row.label}」吗？员工自己上架的不受影响。`,
          confirmButtonText: '取消推送',
          cancelButtonText: '再想想',
        });
      } catch {
        return; // kept
      }
      busyId.value = row.pin.id;
      try {
        await api.delete(`/pins/${row.pin.id}`);
        showSuccessToast('已取消推送');
        await reloadPins();
      } catch (error) {
        // Shown by the client; gone already (removed elsewhere): show the list as it is now.
        if (error.status === 404) await reloadPins().catch(() => {});
      } finally {
        busyId.value = null;
      }
    }

    onMounted(load);
    return {
      units, loaded, failed, busyId, adding, rows, chosenPin, pinByUnit, topDepth, unitLabel, indent,
      load, openAdd, pick, save, remove,
    };
  },
  template: `
    <section class="product-pins form">
      <van-cell-group inset title="推送到货架">
        <p class="product-pins__hint">推送后，该组织下所有员工的微店都会展示此商品，员工不能移除。</p>
        <p v-if="!onSale" class="product-pins__warn">商品已下架，下架期间不会在微店展示。</p>
        <div v-if="!loaded && !failed" class="product-pins__state"><van-loading size="20">加载中…</van-loading></div>
        <div v-else-if="!loaded" class="product-pins__state">
          加载失败 <button type="button" class="link" @click="load">重试</button>
        </div>
        <template v-else>
          <van-cell
            v-for="row in rows"
            :key="row.pin.id"
            :label="row.note"
            center
            class="pin-row"
            :data-unit-id="row.pin.org_unit_id"
          >
            <template #title>
              <span class="pin-row__name">{{ row.label }}</span>
              <van-tag v-if="row.pin.featured" type="warning" class="pin-row__tag">主推</van-tag>
            </template>
            <template #right-icon>
              <van-button
                size="small"
                round
                icon="delete-o"
                class="pin-row__remove"
                :aria-label="'移除推送到' + row.label"
                :loading="busyId === row.pin.id"
                :disabled="busyId !== null"
                @click="remove(row)"
              >移除</van-button>
            </template>
          </van-cell>
          <p v-if="!rows.length" class="product-pins__empty">还没有推送到任何组织</p>
          <div class="detail-add">
            <van-button size="small" round plain type="primary" icon="plus" native-type="button" @click="openAdd">添加推送</van-button>
          </div>
        </template>
      </van-cell-group>

      <van-popup v-model:show="adding.show" position="bottom" round closeable safe-area-inset-bottom class="pin-sheet">
        <h2 class="pin-sheet__title">添加推送</h2>
        <p class="pin-sheet__hint">选择组织：推送到它和下级的所有员工微店</p>
        <van-radio-group v-model="adding.unitId" class="pin-sheet__units" aria-label="推送到">
          <van-cell
            v-for="unit in units"
            :key="unit.id"
            clickable
            center
            class="pin-unit"
            :class="{ 'pin-unit--chosen': adding.unitId === unit.id }"
            @click="pick(unit)"
          >
            <template #title>
              <span class="pin-unit__name" :style="indent(unit)">
                <van-icon v-if="unit.depth > topDepth" name="arrow" class="pin-unit__branch" />{{ unitLabel(unit) }}
              </span>
            </template>
            <template #value>
              <span v-if="pinByUnit.has(unit.id)" class="pin-unit__state">已推送{{ pinByUnit.get(unit.id).featured ? '·主推' : '' }}</span>
            </template>
            <template #right-icon>
              <van-radio :name="unit.id" :aria-label="unitLabel(unit)" @click.stop="pick(unit)" />
            </template>
          </van-cell>
        </van-radio-group>
        <van-cell center title="设为主推" label="主推商品排在微店最前面" class="pin-sheet__featured">
          <template #right-icon>
            <van-switch v-model="adding.featured" size="20px" aria-label="设为主推" />
          </template>
        </van-cell>
        <div class="pin-sheet__actions">
          <van-button block round type="primary" :loading="adding.saving" @click="save">
            {{ chosenPin ? '更新推送' : '推送' }}
          </van-button>
        </div>
      </van-popup>
    </section>
  `,
};
