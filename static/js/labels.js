// Chinese display labels for the English codes the API returns (see shared GLOSSARY.md).

export const ROLE_LABELS = {
  rep: '员工',
  boss: '老板',
  hq_admin: '总部管理员',
};

export const ORG_KIND_LABELS = {
  hq: '总部',
  branch: '分公司',
  team: '团队',
};

export const SCOPE_LABELS = {
  self: '我的数据',
  subtree: '团队数据',
  company: '全公司数据',
};

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? role;
}

// Orders, as the shop and the staff pages show them.
export const ORDER_STATUS_LABELS = {
  pending: '待付款',
  paid: '已付款',
  completed: '已完成',
  cancelled: '已取消',
  refunded: '已退款',
  expired: '超时未付',
};

export const FULFILMENT_LABELS = {
  delivery: '送货上门',
  pickup: '到店自提',
};

export function orderStatusLabel(status) {
  return ORDER_STATUS_LABELS[status] ?? status;
}

export const PAYMENT_METHOD_LABELS = {
  offline: '线下付款',
};

// Exports run in the background (我的导出).
export const EXPORT_STATUS_LABELS = {
  queued: '排队中',
  running: '导出中',
  done: '已完成',
  failed: '失败',
};

export const EXPORT_FORMAT_LABELS = {
  xlsx: 'Excel',
  csv: 'CSV',
};

// Lines of the commission ledger.
export const COMMISSION_KIND_LABELS = {
  earning: '提成',
  reversal: '退款冲回',
};

export const COMMISSION_STATUS_LABELS = {
  frozen: '待结算',
  settled: '已结算',
};

// The customer book (see GLOSSARY.md: 客户, 客户阶段, 跟进).
export const CUSTOMER_STATUS_LABELS = {
  visitor: '访客',
  customer: '客户',
};

// Where a customer came from.
export const CUSTOMER_SOURCE_LABELS = {
  share: '分享',
  walk_in: '到店',
  import: '导入',
};

// The seven lifecycle stages, in order.
export const STAGE_LABELS = {
  profiled: '画像',
  reached: '触达',
  interested: '兴趣',
  need: '需求',
  deal: '成交',
  repeat: '复购',
  super: '超级',
};

export const FOLLOW_STATE_LABELS = {
  to_follow: '待跟进',
  in_progress: '跟进中',
  won: '已成交',
  no_interest: '无意向',
  lost: '已流失',
};

export const FOLLOW_UP_KIND_LABELS = {
  visit: '上门拜访',
  call: '电话',
  wechat: '微信沟通',
  meeting: '见面会谈',
  other: '其他',
};

// Today's list (今日待办): why a customer is on it, in the order of the API's weights.
export const TODAY_KIND_LABELS = {
  follow_up_overdue: '逾期跟进',
  consultation: '未回复咨询',
  booking_today: '今日预约',
  follow_up_due: '今日跟进',
  booking_pending: '待确认预约',
  hot_lead: '热门线索',
  birthday: '生日',
  fading: '渐退出',
  high_potential: '高潜力',
};

// Consultations and bookings from the shop page, and the knowledge base.
export const BOOKING_KIND_LABELS = {
  visit: '到店拜访',
  appointment: '预约服务',
};

export const BOOKING_STATUS_LABELS = {
  requested: '待确认',
  confirmed: '已确认',
  declined: '已婉拒',
  cancelled: '已取消',
  done: '已完成',
};

export const ARTICLE_KIND_LABELS = {
  qa: '问答',
  know_how: '产品知识',
};

export const GENDER_LABELS = {
  male: '男',
  female: '女',
};

export function stageLabel(stage) {
  return STAGE_LABELS[stage] ?? stage;
}

export function followStateLabel(state) {
  return FOLLOW_STATE_LABELS[state] ?? state;
}

/** What to call a customer: name, else nickname, else 访客0042 (as the radar and reminders do). */
export function customerLabel(customer) {
  if (!customer) return '';
  return customer.name || customer.nickname || `访客${String(customer.id % 10000).padStart(4, '0')}`;
}

// Auto-tag rules (自动标签规则): what a rule looks at, and what a 「做过某事」 rule counts.
export const RULE_KIND_LABELS = {
  viewed_category: '浏览某类商品',
  did: '做过某事',
  spent_at_least: '消费满额',
  no_visit_for: '久未访问',
};

export const RULE_VERB_LABELS = {
  order_paid: '下单付款',
  coupon_claim: '领券',
  groupbuy_join: '参团',
  consultation: '咨询',
  booking: '预约',
  visit: '访问店铺',
  material_open: '打开素材',
};

// 营销素材: what a material is (app/marketing/models.MATERIAL_KINDS), in the toolbox's order.
export const MATERIAL_KIND_LABELS = {
  card: '名片',
  intro: '公司介绍',
  news: '公司新闻',
  brochure: '产品手册',
  case: '案例',
  file: '文件',
  video: '视频',
  testimonial: '客户见证',
  poster: '海报',
};

/** What a material's file is, by its stored type: 'application/pdf' -> 'PDF', video/* -> '视频'. */
export function fileTypeLabel(type) {
  if (!type) return '';
  if (type === 'application/pdf') return 'PDF';
  return type.startsWith('video/') ? '视频' : type.startsWith('image/') ? '图片' : '文件';
}

// RFM segments (app/clients/models.SEGMENTS) and the customer flags.
export const SEGMENT_LABELS = {
  important_value: '重要价值',
  important_develop: '重要发展',
  important_keep: '重要保持',
  important_retain: '重要挽留',
  general_value: '一般价值',
  general_develop: '一般发展',
  general_keep: '一般保持',
  general_retain: '一般挽留',
};

export const FLAG_LABELS = { fading: '渐退出', high_potential: '高潜力' };

// Signed-in sessions (账号与安全): the device and app read from a session's user agent.
const DEVICE_PATTERNS = [
  [/iPad/, 'iPad'], [/iPhone/, 'iPhone'], [/HarmonyOS/, '鸿蒙'], [/Android/, 'Android'],
  [/Windows/, 'Windows'], [/Mac OS X|Macintosh/, 'Mac'], [/Linux/, 'Linux'],
];
const APP_PATTERNS = [
  [/wxwork/i, '企业微信'], [/MicroMessenger/, '微信'], [/Edg\//, 'Edge'], [/Firefox\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'], [/Safari\//, 'Safari'],
];

/** "微信 · iPhone", "Chrome · Windows", or "未知设备" for a session's user agent. */
export function deviceLabel(userAgent) {
  const find = (patterns) => patterns.find(([pattern]) => pattern.test(userAgent ?? ''))?.[1];
  return [find(APP_PATTERNS), find(DEVICE_PATTERNS)].filter(Boolean).join(' · ') || '未知设备';
}

// 督导: what a guidance thread is about; 目标: whose target it is.
export const GUIDANCE_SUBJECT_LABELS = {
  follow_up: '跟进记录',
  customer: '客户',
  day: '当日工作',
};

export const TARGET_SUBJECT_LABELS = {
  rep: '员工',
  team: '团队',
};

// The interaction audit's kinds (互动记录, app/audit/queries.KINDS), as its type tabs.
export const AUDIT_KIND_LABELS = {
  follow_up: '跟进',
  consultation: '咨询',
  booking: '预约',
  order: '订单',
  tag: '标签',
  stage: '阶段',
};

// Coupons (优惠券): a template's kind and scope, a customer's copy's state.
export const COUPON_KIND_LABELS = {
  threshold: '满减券',
  percent: '折扣券',
  amount: '无门槛券',
};

export const COUPON_SCOPE_LABELS = {
  all: '全部商品',
  categories: '指定分类',
  products: '指定商品',
};

export const CLAIM_STATE_LABELS = {
  unused: '未使用',
  used: '已使用',
  expired: '已过期',
};

// Group-buys (拼团): a group's state, a member's seat.
export const GROUP_STATE_LABELS = {
  open: '拼团中',
  succeeded: '已成团',
  failed: '拼团失败',
};

export const MEMBER_STATE_LABELS = {
  held: '待付款',
  paid: '已付款',
  left: '已退出',
  refunded: '已退款',
};

// 内容规划: what a material or play is about, and the scene it serves.
export const CONTENT_KIND_LABELS = {
  product: '产品内容',
  activity: '活动内容',
  media: '媒体内容',
  category: '品类内容',
  brand: '品牌内容',
};

export const SCENE_CHANNEL_LABELS = {
  online: '线上',
  offline: '线下',
};

export const SCENE_FREQUENCY_LABELS = {
  high: '高频',
  low: '低频',
};

export const SCENE_AIM_LABELS = {
  seeding: '种草',
  selling: '带货',
};

// 培训在线 (app/training/models.py): a task's kind and state, where one person is with it (as
// queries.state_of words it), a check-in's review, a quiz attempt and a question's kind.
export const TASK_KIND_LABELS = {
  course: '课程',
  quiz: '测验',
  action: '行动任务',
  checkin: '打卡',
};

export const TASK_STATE_LABELS = {
  draft: '草稿',
  published: '已发布',
};

export const TASK_PROGRESS_LABELS = {
  doing: '进行中',
  todo: '待完成',
  upcoming: '未开始',
  submitted: '待审核',
  returned: '已退回',
  failed: '未通过',
  overdue: '已逾期',
  done: '已完成',
};

export const CHECKIN_STATE_LABELS = {
  submitted: '待审核',
  approved: '已通过',
  returned: '已退回',
};

export const ATTEMPT_STATE_LABELS = {
  open: '答题中',
  submitted: '已交卷',
  expired: '已超时',
};

export const QUESTION_KIND_LABELS = {
  single: '单选',
  multiple: '多选',
};

// Whom a task is for (TaskSchema.roles): the words a task form uses.
export const TASK_ROLE_LABELS = {
  rep: '员工',
  boss: '主管',
};
