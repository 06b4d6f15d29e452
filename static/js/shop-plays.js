// What the customer's coupon and group-buy pages share: the order form's address for a
// group order, the countdown of a group, and whether this phone has been in a group of the
// shop (only then does the shop's home ask for 我的拼团's news).

const groupBuyerKey = (code) => `qg.shop.${code}.grouped`; // localStorage

const DAY_MS = 86_400_000;

/**
 * The order form's query for a group order: open a group of the campaign (`campaignId`) or
 * join one (`groupId`), one unit of its product to start with.
 */
export function groupOrderQuery(productId, { campaignId = null, groupId = null }) {
  return { items: `${productId}x1`, ...(groupId ? { group: groupId } : { campaign: campaignId }) };
}

/** Milliseconds from now until an ISO 8601 instant (0 once it has passed). */
export function msUntil(iso) {
  return Math.max(new Date(iso).getTime() - Date.now(), 0);
}

/** van-count-down's format for what is left: days shown only when there are any. */
export function countdownFormat(ms) {
  return ms >= DAY_MS ? 'DD 天 HH:mm:ss' : 'HH:mm:ss';
}

/** Remember that this phone ordered in a group of the shop (private mode may refuse: no harm). */
export function rememberGroupBuyer(code) {
  try {
    window.localStorage.setItem(groupBuyerKey(code), '1');
  } catch {
    // the shop's home only shows no badge
  }
}

export function isGroupBuyer(code) {
  try {
    return window.localStorage.getItem(groupBuyerKey(code)) === '1';
  } catch {
    return false;
  }
}
