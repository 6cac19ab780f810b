import type { Dictionary, Translations } from './i18n';

/**
 * Texts needed from the first page on: product name, login, roles, languages, shared UI states.
 * The Chinese texts are registered at startup (app.config.ts); the English ones (core.i18n.en.ts)
 * load on first use of English, so only one language is in the initial JavaScript. The shell's
 * texts (navigation, user menu, problem codes, 404) are in core/layout/shell.i18n.ts, registered
 * when the shell loads; features register theirs on their routes.
 */
export const CORE_I18N_ZH: Dictionary = {
  'app.name': '企业采购与福利平台',
  'app.shortName': '企业采购与福利',
  'app.tagline': '一个预算，统管采购、福利与差旅',
  'app.bank': '企业金融服务',

  'common.loading': '正在加载…',
  'common.retry': '重试',
  // between a label and its value: full-width in Chinese
  'common.colon': '：',
  'common.leaveUnsaved': '有尚未保存的修改，确定离开此页吗？',
  'common.empty': '暂无数据',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.back': '返回',
  'common.viewAll': '查看全部',
  'common.yes': '是',
  'common.no': '否',

  'role.admin': '管理员',
  'role.hr': '人力/审批人',
  'role.buyer': '采购员',
  'role.employee': '员工',

  'lang.switch': '切换语言',
  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'login.title': '登录',
  'login.heading': '欢迎登录',
  'login.subtitle': '使用企业账号登录工作台',
  'login.email': '邮箱',
  'login.password': '密码',
  'login.submit': '登录',
  'login.pending': '正在登录…',
  'login.showPassword': '显示密码',
  'login.hidePassword': '隐藏密码',
  'login.emailRequired': '请输入邮箱',
  'login.emailInvalid': '邮箱格式不正确',
  'login.passwordRequired': '请输入密码',
  'login.invalidCredentials': '邮箱或密码不正确，请重新输入。',
  'login.rateLimited': '登录尝试过于频繁，请稍后再试。',
  'login.accountDeactivated': '此账号已被公司管理员停用，如有疑问请联系管理员。',
  'login.rateLimitedFor': '登录尝试过于频繁，请 {minutes} 分钟后再试。',
  'login.failed': '登录失败，请稍后重试。',
  'login.sessionExpired': '会话已过期，请重新登录',
  'login.loggedOut': '您已安全退出。',
  'login.demo.title': '演示账号',
  'login.demo.hint': '点击账号即可填入，密码均为 Passw0rd!',
  'login.demo.fill': '填入 {email}',
  'login.demo.c1': '华东精工制造有限公司',
  'login.demo.c2': '南方云联科技有限公司',
  'login.hero.title': '一个预算，三大场景',
  'login.hero.procurement': 'e采购：品牌商品合同目录，阶梯价、批量下单与导入',
  'login.hero.welfare': 'e福礼：节日与生日福利，积分加现金灵活支付',
  'login.hero.travel': 'e差旅：差旅申请、审批与合规预订一站完成',
  'login.hero.budget': '统一预算台账与审批中心，实时掌握占用与结余',
  'login.security': '本系统仅供授权企业用户使用',

  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.generic': '操作未成功，请稍后重试。',
  'error.server': '服务器暂时无法处理请求，请稍后重试。',
};

/** The English core texts, loaded on demand. */
export const loadCoreEnglish = (): Promise<Dictionary> =>
  import('./core.i18n.en').then((m) => m.CORE_I18N_EN);

/** Both languages at once, for tests. */
export async function coreTranslations(): Promise<Translations> {
  return { 'zh-CN': CORE_I18N_ZH, en: await loadCoreEnglish() };
}
