// Why a file import (客户, 商品, 题目) was refused: the message, then the file's own problems and
// every bad row with its reasons ("第 3 行：…"), to fix in the file; one bad row imports
// nothing. `importErrorsOf(error)` reads them from the API's 422 (`fields.rows` as
// { row number: [messages] }); the close icon emits `close`.

/** A refused import's { message, rows: [[row, [messages]]] (by row), other: [messages] }. */
export function importErrorsOf(error) {
  const rows = Object.entries(error.fields?.rows ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  const other = Object.entries(error.fields ?? {}).filter(([key]) => key !== 'rows').flatMap(([, messages]) => messages);
  return { message: error.message, rows, other };
}

export default {
  name: 'ImportErrors',
  props: {
    errors: { type: Object, required: true }, // what importErrorsOf() gives
  },
  emits: ['close'],
  template: `
    <section class="import-errors" role="alert">
      <div class="import-errors__head">
        <strong>{{ errors.message }}</strong>
        <van-icon name="cross" role="button" aria-label="关闭" @click="$emit('close')" />
      </div>
      <ul class="import-errors__list">
        <li v-for="message in errors.other" :key="message">{{ message }}</li>
        <li v-for="[row, messages] in errors.rows" :key="row"><b>第 {{ row }} 行</b>：{{ messages.join('；') }}</li>
      </ul>
    </section>
  `,
};
