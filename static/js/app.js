// The app: routes, the sign-in and role guard, global error handling, then mount.
import { createApp } from 'vue';
import { createRouter, createWebHistory, isNavigationFailure } from 'vue-router';
import Vant, { showFailToast } from 'vant';

import { ApiError, refreshCsrf, setUnauthorizedHandler } from './api.js';
import AppTabbar from './components/app-tabbar.js';
import { clearSession, homePath, loadMe, refreshUnread } from './session.js';

const OFFLINE_PAGE = '/static/offline.html';

// meta.public: open without signing in; meta.customer: a page of the public shop (public,
// never asks who is signed in); meta.roles: who may open it (default: anyone signed in);
// meta.tabbar: show the bottom tab bar; meta.title: the document title.
const routes = [
  { path: '/', name: 'home', component: { render: () => null } }, // the guard sends it to the role's home
  { path: '/login', name: 'login', component: () => import('./pages/login.js'), meta: { public: true, title: '登录' } },
  { path: '/rep', name: 'rep-home', component: () => import('./pages/rep.js'), meta: { roles: ['rep'], tabbar: true, title: '我的工作台' } },
  { path: '/boss', name: 'boss-home', component: () => import('./pages/boss.js'), meta: { roles: ['boss'], tabbar: true, title: '团队看板' } },
  { path: '/hq', name: 'hq-home', component: () => import('./pages/hq.js'), meta: { roles: ['hq_admin'], tabbar: true, title: '总部管理' } },
  { path: '/notifications', name: 'notifications', component: () => import('./pages/notifications.js'), meta: { tabbar: true, title: '消息通知' } },
  { path: '/account', name: 'account', component: () => import('./pages/account.js'), meta: { title: '账号与安全' } },
  { path: '/account/exports', name: 'exports', component: () => import('./pages/exports.js'), meta: { title: '我的导出' } },
  // The rep's shop and sales; the order pages are shared by reps, bosses (read only) and HQ.
  { path: '/rep/shop', name: 'rep-shop', component: () => import('./pages/rep-shop.js'), meta: { roles: ['rep'], title: '我的微店' } },
  { path: '/rep/shelf', name: 'rep-shelf', component: () => import('./pages/rep-shelf.js'), meta: { roles: ['rep'], title: '货架管理' } },
  { path: '/rep/catalog', name: 'rep-catalog', component: () => import('./pages/rep-catalog.js'), meta: { roles: ['rep'], title: '选品' } },
  { path: '/rep/radar', name: 'rep-radar', component: () => import('./pages/rep-radar.js'), meta: { roles: ['rep'], title: '访客雷达' } },
  { path: '/rep/materials', name: 'rep-materials', component: () => import('./pages/rep-materials.js'), meta: { roles: ['rep'], title: '营销素材' } },
  { path: '/rep/orders', name: 'rep-orders', component: () => import('./pages/orders.js'), meta: { roles: ['rep'], title: '我的订单' } },
  { path: '/rep/orders/:id(\\d+)', name: 'rep-order', component: () => import('./pages/order-detail.js'), meta: { roles: ['rep'], title: '订单详情' } },
  { path: '/rep/commission', name: 'rep-commission', component: () => import('./pages/rep-commission.js'), meta: { roles: ['rep'], title: '我的提成' } },
  // 营销百宝箱: what a rep shares (materials, coupons, group-buys) and their own figures; a
  // group's page for staff (where a rep's group notices lead). HQ and bosses manage the plays.
  { path: '/rep/toolbox', name: 'rep-toolbox', component: () => import('./pages/rep-toolbox.js'), meta: { roles: ['rep'], title: '营销百宝箱' } },
  { path: '/rep/toolbox/coupons/:id(\\d+)', name: 'rep-coupon-figures', component: () => import('./pages/play-figures.js'), meta: { roles: ['rep'], kind: 'coupon', title: '我的数据' } },
  { path: '/rep/toolbox/group-buys/:id(\\d+)', name: 'rep-group-buy-figures', component: () => import('./pages/play-figures.js'), meta: { roles: ['rep'], kind: 'group_buy', title: '我的数据' } },
  { path: '/rep/groups/:id(\\d+)', name: 'rep-group', component: () => import('./pages/group-detail.js'), meta: { roles: ['rep'], title: '拼团详情' } },
  { path: '/boss/groups/:id(\\d+)', name: 'boss-group', component: () => import('./pages/group-detail.js'), meta: { roles: ['boss'], title: '拼团详情' } },
  { path: '/hq/groups/:id(\\d+)', name: 'hq-group', component: () => import('./pages/group-detail.js'), meta: { roles: ['hq_admin'], title: '拼团详情' } },
  { path: '/hq/coupons', name: 'hq-coupons', component: () => import('./pages/hq-plays.js'), meta: { roles: ['hq_admin'], kind: 'coupon', title: '优惠券' } },
  { path: '/hq/coupons/new', name: 'hq-coupon-new', component: () => import('./pages/hq-coupon-form.js'), meta: { roles: ['hq_admin'], title: '新建优惠券' } },
  { path: '/hq/coupons/:id(\\d+)', name: 'hq-coupon', component: () => import('./pages/hq-coupon-form.js'), meta: { roles: ['hq_admin'], title: '编辑优惠券' } },
  { path: '/hq/coupons/:id(\\d+)/figures', name: 'hq-coupon-figures', component: () => import('./pages/play-figures.js'), meta: { roles: ['hq_admin'], kind: 'coupon', title: '优惠券数据' } },
  { path: '/hq/group-buys', name: 'hq-group-buys', component: () => import('./pages/hq-plays.js'), meta: { roles: ['hq_admin'], kind: 'group_buy', title: '拼团' } },
  { path: '/hq/group-buys/new', name: 'hq-group-buy-new', component: () => import('./pages/hq-group-buy-form.js'), meta: { roles: ['hq_admin'], title: '新建拼团' } },
  { path: '/hq/group-buys/:id(\\d+)', name: 'hq-group-buy', component: () => import('./pages/hq-group-buy-form.js'), meta: { roles: ['hq_admin'], title: '编辑拼团' } },
  { path: '/hq/group-buys/:id(\\d+)/figures', name: 'hq-group-buy-figures', component: () => import('./pages/play-figures.js'), meta: { roles: ['hq_admin'], kind: 'group_buy', title: '拼团数据' } },
  { path: '/boss/coupons', name: 'boss-coupons', component: () => import('./pages/hq-plays.js'), meta: { roles: ['boss'], kind: 'coupon', title: '团队优惠券' } },
  { path: '/boss/coupons/new', name: 'boss-coupon-new', component: () => import('./pages/hq-coupon-form.js'), meta: { roles: ['boss'], title: '新建团队优惠券' } },
  { path: '/boss/coupons/:id(\\d+)', name: 'boss-coupon', component: () => import('./pages/hq-coupon-form.js'), meta: { roles: ['boss'], title: '编辑优惠券' } },
  { path: '/boss/coupons/:id(\\d+)/figures', name: 'boss-coupon-figures', component: () => import('./pages/play-figures.js'), meta: { roles: ['boss'], kind: 'coupon', title: '优惠券数据' } },
  { path: '/boss/group-buys', name: 'boss-group-buys', component: () => import('./pages/hq-plays.js'), meta: { roles: ['boss'], kind: 'group_buy', title: '拼团活动' } },
  { path: '/boss/group-buys/:id(\\d+)/figures', name: 'boss-group-buy-figures', component: () => import('./pages/play-figures.js'), meta: { roles: ['boss'], kind: 'group_buy', title: '拼团数据' } },
  // The customer book: the rep's customers, one customer, what is due; HQ's tag vocabulary.
  { path: '/rep/customers', name: 'rep-customers', component: () => import('./pages/rep-customers.js'), meta: { roles: ['rep'], title: '我的客户' } },
  { path: '/rep/customers/:id(\\d+)', name: 'rep-customer', component: () => import('./pages/rep-customer.js'), meta: { roles: ['rep'], title: '客户详情' } },
  { path: '/rep/customers/import', name: 'rep-customer-import', component: () => import('./pages/customer-import.js'), meta: { roles: ['rep'], title: '导入客户' } },
  { path: '/rep/customers/duplicates', name: 'rep-duplicates', component: () => import('./pages/rep-duplicates.js'), meta: { roles: ['rep'], title: '重复客户' } },
  { path: '/rep/customers/:id(\\d+)/guidance', name: 'rep-guidance', component: () => import('./pages/rep-guidance.js'), meta: { roles: ['rep'], title: '经营指导书' } },
  { path: '/rep/today', name: 'rep-today', component: () => import('./pages/rep-today.js'), meta: { roles: ['rep'], title: '今日待办' } },
  { path: '/rep/follow-ups', name: 'rep-follow-ups', component: () => import('./pages/rep-follow-ups.js'), meta: { roles: ['rep'], title: '待跟进' } },
  { path: '/rep/inbox', name: 'rep-inbox', component: () => import('./pages/rep-inbox.js'), meta: { roles: ['rep'], title: '咨询预约' } },
  { path: '/boss/reps', name: 'boss-reps', component: () => import('./pages/rep-table.js'), meta: { roles: ['boss'], title: '员工排行' } },
  { path: '/boss/reps/:id(\\d+)', name: 'boss-rep-day', component: () => import('./pages/rep-day.js'), meta: { roles: ['boss'], title: '员工日报' } },
  { path: '/hq/dashboard', name: 'hq-dashboard', component: () => import('./pages/hq-dashboard.js'), meta: { roles: ['hq_admin'], title: '经营看板' } },
  { path: '/hq/reps', name: 'hq-reps', component: () => import('./pages/rep-table.js'), meta: { roles: ['hq_admin'], title: '员工排行' } },
  { path: '/hq/reps/:id(\\d+)', name: 'hq-rep-day', component: () => import('./pages/rep-day.js'), meta: { roles: ['hq_admin'], title: '员工日报' } },
  // 督导 and 目标: threads for reps and bosses alike; a boss opens a customer of their subtree.
  { path: '/guidance', name: 'guidance', component: () => import('./pages/guidance-threads.js'), meta: { title: '督导' } },
  { path: '/guidance/:id(\\d+)', name: 'guidance-thread', component: () => import('./pages/guidance-thread.js'), meta: { title: '督导' } },
  { path: '/boss/customers/:id(\\d+)', name: 'boss-customer', component: () => import('./pages/rep-customer.js'), meta: { roles: ['boss', 'hq_admin'], title: '客户详情' } },
  { path: '/boss/targets', name: 'boss-targets', component: () => import('./pages/boss-targets.js'), meta: { roles: ['boss', 'hq_admin'], title: '设置目标' } },
  { path: '/boss/orders', name: 'boss-orders', component: () => import('./pages/orders.js'), meta: { roles: ['boss'], title: '团队订单' } },
  { path: '/boss/orders/:id(\\d+)', name: 'boss-order', component: () => import('./pages/order-detail.js'), meta: { roles: ['boss'], title: '订单详情' } },
  { path: '/boss/audit', name: 'boss-audit', component: () => import('./pages/audit.js'), meta: { roles: ['boss'], title: '互动记录' } },
  // 培训在线: everyone's own tasks, quizzes and the points leaderboard; bosses and HQ author
  // tasks, follow them and review check-ins; HQ keeps the question banks.
  { path: '/training', name: 'training', component: () => import('./pages/training-tasks.js'), meta: { title: '我的任务' } },
  { path: '/training/leaderboard', name: 'training-leaderboard', component: () => import('./pages/training-leaderboard.js'), meta: { title: '积分排行' } },
  { path: '/training/attempts/:id(\\d+)', name: 'training-attempt', component: () => import('./pages/training-attempt.js'), meta: { title: '测验' } },
  { path: '/training/:id(\\d+)', name: 'training-task', component: () => import('./pages/training-task.js'), meta: { title: '任务详情' } },
  { path: '/boss/training', name: 'boss-training', component: () => import('./pages/training-admin.js'), meta: { roles: ['boss'], title: '培训任务' } },
  { path: '/hq/training', name: 'hq-training', component: () => import('./pages/training-admin.js'), meta: { roles: ['hq_admin'], title: '培训任务' } },
  { path: '/boss/training/new', name: 'boss-training-new', component: () => import('./pages/training-task-form.js'), meta: { roles: ['boss'], title: '新建任务' } },
  { path: '/hq/training/new', name: 'hq-training-new', component: () => import('./pages/training-task-form.js'), meta: { roles: ['hq_admin'], title: '新建任务' } },
  { path: '/boss/training/:id(\\d+)/edit', name: 'boss-training-edit', component: () => import('./pages/training-task-form.js'), meta: { roles: ['boss'], title: '编辑任务' } },
  { path: '/hq/training/:id(\\d+)/edit', name: 'hq-training-edit', component: () => import('./pages/training-task-form.js'), meta: { roles: ['hq_admin'], title: '编辑任务' } },
  { path: '/boss/training/:id(\\d+)', name: 'boss-training-report', component: () => import('./pages/training-report.js'), meta: { roles: ['boss'], title: '任务完成情况' } },
  { path: '/hq/training/:id(\\d+)', name: 'hq-training-report', component: () => import('./pages/training-report.js'), meta: { roles: ['hq_admin'], title: '任务完成情况' } },
  { path: '/boss/training/people/:id(\\d+)', name: 'boss-training-person', component: () => import('./pages/training-person.js'), meta: { roles: ['boss'], title: '员工任务' } },
  { path: '/hq/training/people/:id(\\d+)', name: 'hq-training-person', component: () => import('./pages/training-person.js'), meta: { roles: ['hq_admin'], title: '员工任务' } },
  { path: '/boss/training/check-ins', name: 'boss-training-check-ins', component: () => import('./pages/training-check-ins.js'), meta: { roles: ['boss'], title: '打卡审核' } },
  { path: '/hq/training/check-ins', name: 'hq-training-check-ins', component: () => import('./pages/training-check-ins.js'), meta: { roles: ['hq_admin'], title: '打卡审核' } },
  { path: '/hq/question-banks', name: 'hq-question-banks', component: () => import('./pages/question-banks.js'), meta: { roles: ['hq_admin'], title: '题库' } },
  { path: '/hq/question-banks/:id(\\d+)', name: 'hq-question-bank', component: () => import('./pages/question-bank.js'), meta: { roles: ['hq_admin'], title: '题库' } },
  // People and the org tree: HQ's of the company, a boss's of their subtree (changes where allowed).
  { path: '/hq/org', name: 'hq-org', component: () => import('./pages/org-tree.js'), meta: { roles: ['hq_admin'], title: '组织架构' } },
  { path: '/boss/org', name: 'boss-org', component: () => import('./pages/org-tree.js'), meta: { roles: ['boss'], title: '组织架构' } },
  { path: '/hq/people', name: 'hq-people', component: () => import('./pages/people.js'), meta: { roles: ['hq_admin'], title: '员工' } },
  { path: '/boss/people', name: 'boss-people', component: () => import('./pages/people.js'), meta: { roles: ['boss'], title: '员工' } },
  { path: '/hq/people/new', name: 'hq-person-new', component: () => import('./pages/person-form.js'), meta: { roles: ['hq_admin'], title: '新增员工' } },
  { path: '/boss/people/new', name: 'boss-person-new', component: () => import('./pages/person-form.js'), meta: { roles: ['boss'], title: '新增员工' } },
  { path: '/hq/people/:id(\\d+)', name: 'hq-person', component: () => import('./pages/person-form.js'), meta: { roles: ['hq_admin'], title: '员工' } },
  { path: '/boss/people/:id(\\d+)', name: 'boss-person', component: () => import('./pages/person-form.js'), meta: { roles: ['boss'], title: '员工' } },
  { path: '/boss/insight', name: 'boss-insight', component: () => import('./pages/insight.js'), meta: { roles: ['boss'], title: '客户洞察' } },
  { path: '/boss/customers', name: 'boss-customers', component: () => import('./pages/rep-customers.js'), meta: { roles: ['boss'], title: '团队客户' } },
  { path: '/hq/products', name: 'hq-products', component: () => import('./pages/hq-products.js'), meta: { roles: ['hq_admin'], title: '商品管理' } },
  { path: '/hq/products/new', name: 'hq-product-new', component: () => import('./pages/hq-product-form.js'), meta: { roles: ['hq_admin'], title: '新增商品' } },
  { path: '/hq/products/:id(\\d+)', name: 'hq-product', component: () => import('./pages/hq-product-form.js'), meta: { roles: ['hq_admin'], title: '编辑商品' } },
  // 营销素材: HQ publishes the materials library; HQ and bosses read what it did.
  { path: '/hq/materials', name: 'hq-materials', component: () => import('./pages/hq-materials.js'), meta: { roles: ['hq_admin'], title: '营销素材' } },
  { path: '/hq/materials/new', name: 'hq-material-new', component: () => import('./pages/hq-material-form.js'), meta: { roles: ['hq_admin'], title: '新增素材' } },
  { path: '/hq/materials/:id(\\d+)', name: 'hq-material', component: () => import('./pages/hq-material-form.js'), meta: { roles: ['hq_admin'], title: '编辑素材' } },
  { path: '/hq/materials/figures', name: 'hq-material-figures', component: () => import('./pages/material-figures.js'), meta: { roles: ['hq_admin'], title: '素材数据' } },
  { path: '/hq/materials/:id(\\d+)/figures', name: 'hq-material-figure', component: () => import('./pages/material-figures.js'), meta: { roles: ['hq_admin'], title: '素材数据' } },
  { path: '/boss/materials/figures', name: 'boss-material-figures', component: () => import('./pages/material-figures.js'), meta: { roles: ['boss'], title: '素材数据' } },
  { path: '/boss/materials/:id(\\d+)/figures', name: 'boss-material-figure', component: () => import('./pages/material-figures.js'), meta: { roles: ['boss'], title: '素材数据' } },
  { path: '/hq/orders', name: 'hq-orders', component: () => import('./pages/orders.js'), meta: { roles: ['hq_admin'], title: '全部订单' } },
  { path: '/hq/orders/:id(\\d+)', name: 'hq-order', component: () => import('./pages/order-detail.js'), meta: { roles: ['hq_admin'], title: '订单详情' } },
  { path: '/hq/audit', name: 'hq-audit', component: () => import('./pages/audit.js'), meta: { roles: ['hq_admin'], title: '互动记录' } },
  { path: '/hq/settlement', name: 'hq-settlement', component: () => import('./pages/hq-settlement.js'), meta: { roles: ['hq_admin'], title: '提成结算' } },
  { path: '/hq/settings', name: 'hq-settings', component: () => import('./pages/hq-settings.js'), meta: { roles: ['hq_admin'], title: '公司设置' } },
  { path: '/hq/strategies', name: 'hq-strategies', component: () => import('./pages/hq-strategies.js'), meta: { roles: ['hq_admin'], title: '策略库' } },
  { path: '/hq/tags', name: 'hq-tags', component: () => import('./pages/hq-tags.js'), meta: { roles: ['hq_admin'], title: '标签管理' } },
  { path: '/hq/tag-rules', name: 'hq-tag-rules', component: () => import('./pages/hq-tag-rules.js'), meta: { roles: ['hq_admin'], title: '自动标签规则' } },
  { path: '/hq/articles', name: 'hq-articles', component: () => import('./pages/hq-articles.js'), meta: { roles: ['hq_admin'], title: '知识库' } },
  { path: '/hq/customers/import', name: 'hq-customer-import', component: () => import('./pages/customer-import.js'), meta: { roles: ['hq_admin'], title: '导入客户' } },
  { path: '/hq/insight', name: 'hq-insight', component: () => import('./pages/insight.js'), meta: { roles: ['hq_admin'], title: '客户洞察' } },
  { path: '/hq/customers', name: 'hq-customers', component: () => import('./pages/rep-customers.js'), meta: { roles: ['hq_admin'], title: '全部客户' } },
  // The public shop: what a customer opens from a rep's link (pages set their own title).
  { path: '/s/:code', name: 'shop', component: () => import('./pages/shop.js'), meta: { public: true, customer: true } },
  { path: '/s/:code/p/:id(\\d+)', name: 'shop-product', component: () => import('./pages/shop-product.js'), meta: { public: true, customer: true } },
  { path: '/s/:code/materials/:id(\\d+)', name: 'shop-material', component: () => import('./pages/shop-material.js'), meta: { public: true, customer: true } },
  { path: '/s/:code/order', name: 'shop-order', component: () => import('./pages/shop-order.js'), meta: { public: true, customer: true, title: '确认订单' } },
  { path: '/s/:code/orders', name: 'shop-orders', component: () => import('./pages/shop-orders.js'), meta: { public: true, customer: true, title: '我的订单' } },
  { path: '/s/:code/messages', name: 'shop-messages', component: () => import('./pages/shop-inbox.js'), meta: { public: true, customer: true, title: '我的咨询' } },
  { path: '/s/:code/coupons/:id(\\d+)', name: 'shop-coupon', component: () => import('./pages/shop-coupon.js'), meta: { public: true, customer: true, title: '领取优惠券' } },
  { path: '/s/:code/my-coupons', name: 'shop-my-coupons', component: () => import('./pages/shop-coupons.js'), meta: { public: true, customer: true, title: '我的优惠券' } },
  { path: '/s/:code/group-buys/:id(\\d+)', name: 'shop-group-buy', component: () => import('./pages/shop-group-buy.js'), meta: { public: true, customer: true, title: '拼团' } },
  { path: '/s/:code/groups/:id(\\d+)', name: 'shop-group', component: () => import('./pages/shop-group.js'), meta: { public: true, customer: true, title: '拼团' } },
  { path: '/s/:code/my-groups', name: 'shop-my-groups', component: () => import('./pages/shop-groups.js'), meta: { public: true, customer: true, title: '我的拼团' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

const router = createRouter({
  // History mode: the server answers the shell for every page path (app/web/routes.py).
  history: createWebHistory('/'),
  routes,
  scrollBehavior: (to, from, saved) => saved ?? { top: 0 },
});

// The customer shell (a page under /s/) loads only the shop's part of Vant: any other page
// is loaded whole, in the full shell.
const CUSTOMER_SHELL = document.documentElement.dataset.shell === 'customer';

router.beforeEach(async (to) => {
  // A shared shop link may be opened by thousands: it never pays for a session lookup.
  if (to.meta.customer) return true;
  if (CUSTOMER_SHELL) {
    window.location.assign(to.fullPath);
    return false;
  }
  let me = null;
  try {
    me = await loadMe();
  } catch (error) {
    if (error.code === 'network_error') {
      window.location.replace(OFFLINE_PAGE);
      return false;
    }
    showFailToast(error.message); // a server error: let the user try to sign in again
  }
  if (to.meta.public) {
    return me && to.name === 'login' ? homePath(me.role) : true;
  }
  if (!me) {
    return { name: 'login', query: to.name === 'home' ? {} : { redirect: to.fullPath } };
  }
  if (to.name === 'home' || (to.meta.roles && !to.meta.roles.includes(me.role))) {
    return homePath(me.role);
  }
  return true;
});

router.afterEach((to) => {
  if (to.meta.customer) {
    // A customer sees the shop's words, not ours; shop and product pages set theirs on load.
    if (to.meta.title) document.title = to.meta.title;
    return;
  }
  document.title = to.meta.title ? `${to.meta.title} · 七个在线` : '七个在线';
  if (!to.meta.public) refreshUnread();
});

setUnauthorizedHandler(() => {
  // The session expired or was ended elsewhere.
  clearSession();
  refreshCsrf().catch(() => {});
  const current = router.currentRoute.value;
  if (!current.meta.public) {
    router.replace({ name: 'login', query: { redirect: current.fullPath } });
  }
});

// An ApiError has already been shown as a toast: pages may let it propagate.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof ApiError) event.preventDefault();
});

const App = {
  name: 'App',
  components: { AppTabbar },
  template: `
    <router-view />
    <app-tabbar v-if="$route.meta.tabbar" />
  `,
};

const app = createApp(App);
app.config.errorHandler = (error, instance, info) => {
  if (error instanceof ApiError) return;
  console.error(`[${info}]`, error);
};
app.use(router);
app.use(Vant);

refreshCsrf().catch(() => {});
// Keep the loading splash until the first route (and its page module) is ready.
router
  .isReady()
  .catch((error) => {
    // An aborted first navigation (going to the offline page) is not an error.
    if (!isNavigationFailure(error)) console.error('First navigation failed:', error);
  })
  .finally(() => app.mount('#app'));
