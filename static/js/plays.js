// The staff pages' words for coupons and group-buys (the toolbox, HQ's lists, the figures):
// what is left, when it may be claimed or joined, until when a coupon is valid, and the
// figures each play is counted by, in the order the pages show them.
import { formatDateTime, formatPrice } from './format.js';

// Each play's figures (the API's `totals` keys), with the unit the figure is shown in.
export const PLAY_FIGURES = {
  coupon: [
    { key: 'claimed', label: '领取' },
    { key: 'used', label: '使用' },
    { key: 'discount', label: '优惠金额', unit: 'fen' },
    { key: 'revenue', label: '带来销售额', unit: 'fen' },
  ],
  group_buy: [
    { key: 'opened', label: '开团' },
    { key: 'succeeded', label: '成团' },
    { key: 'failed', label: '失败' },
    { key: 'members', label: '参团人数' },
    { key: 'revenue', label: '销售额', unit: 'fen' },
  ],
};

/** "剩余 80/100 张" or "不限量", and how many one customer may claim. */
export function couponLeft(coupon) {
  const left = coupon.total === null ? '不限量' : `剩余 ${coupon.total - coupon.claimed}/${coupon.total} 张`;
  return `${left} · 每人限领 ${coupon.per_customer} 张`;
}

/** When a coupon may be claimed: "领取时间 不限", "… 起", "至 …", or both ends. */
export function claimWindow(coupon, timeZone) {
  return `领取时间 ${span(coupon.claim_from, coupon.claim_until, timeZone) || '不限'}`;
}

/** How long a claimed coupon is valid: N days from the claim, or fixed dates. */
export function couponValidity(coupon, timeZone) {
  if (coupon.valid_days) return `领取后 ${coupon.valid_days} 天内有效`;
  return `有效期 ${span(coupon.valid_from, coupon.valid_until, timeZone)}`;
}

/** A campaign's terms in one line: "2人团 ¥80.00 · 24 小时成团". */
export function campaignTerms(campaign) {
  return `${campaign.group_size}人团 ${formatPrice(campaign.group_price)} · ${campaign.fill_hours} 小时成团`;
}

/** A campaign's dates and what is left of its stock. */
export function campaignWindow(campaign, timeZone) {
  const stock = campaign.stock === null ? '不限量' : `剩余 ${campaign.stock_left}/${campaign.stock} 件`;
  return `${span(campaign.starts_at, campaign.ends_at, timeZone)} · ${stock}`;
}

function span(from, until, timeZone) {
  if (from && until) return `${formatDateTime(from, timeZone)} 至 ${formatDateTime(until, timeZone)}`;
  if (from) return `${formatDateTime(from, timeZone)} 起`;
  return until ? `至 ${formatDateTime(until, timeZone)}` : '';
}

/**
 * What an edit changes: the keys of `body` whose value differs from `initial` (the body as
 * loaded). A play's form sends only these, so fixed terms it did not touch are never sent.
 */
export function changedFields(body, initial) {
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(initial[key])));
}
