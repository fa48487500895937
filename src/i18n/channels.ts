// Readable names for channel ids written without a `channels:` registry: `line` → LINE, `phone` →
// 電話 in zh-Hant. Brands keep their own spelling; common words are translated. An id not in the
// table is shown with its first letter capitalised (`kiosk` → Kiosk), never changed otherwise.
import type { LabelLocale } from './labels.js';
import { labelLocale } from './labels.js';
import type { Journey } from '../model/journey.js';

/** A brand name: the same in every locale. */
const brand = (name: string): Record<LabelLocale, string> => ({ en: name, 'zh-Hant': name, 'zh-Hans': name, ja: name });
const word = (en: string, zhHant: string, zhHans: string, ja: string): Record<LabelLocale, string> => ({ en, 'zh-Hant': zhHant, 'zh-Hans': zhHans, ja });

const NAMES: Readonly<Record<string, Record<LabelLocale, string>>> = {
  line: brand('LINE'),
  instagram: brand('Instagram'),
  ig: brand('Instagram'),
  facebook: brand('Facebook'),
  fb: brand('Facebook'),
  messenger: brand('Messenger'),
  whatsapp: brand('WhatsApp'),
  wechat: word('WeChat', '微信', '微信', 'WeChat'),
  telegram: brand('Telegram'),
  youtube: brand('YouTube'),
  tiktok: brand('TikTok'),
  x: brand('X'),
  twitter: brand('X (Twitter)'),
  linkedin: brand('LinkedIn'),
  google: brand('Google'),
  slack: brand('Slack'),
  discord: brand('Discord'),
  sms: brand('SMS'),
  seo: brand('SEO'),
  email: word('E-mail', '電子郵件', '电子邮件', 'メール'),
  'e-mail': word('E-mail', '電子郵件', '电子邮件', 'メール'),
  mail: word('Mail', '郵件', '邮件', 'メール'),
  newsletter: word('Newsletter', '電子報', '电子报', 'ニュースレター'),
  phone: word('Phone', '電話', '电话', '電話'),
  call: word('Phone call', '電話', '电话', '電話'),
  hotline: word('Hotline', '客服專線', '客服热线', 'ホットライン'),
  'call-centre': word('Call centre', '客服中心', '客服中心', 'コールセンター'),
  'call-center': word('Call center', '客服中心', '客服中心', 'コールセンター'),
  website: word('Website', '網站', '网站', 'ウェブサイト'),
  web: word('Web', '網站', '网站', 'ウェブ'),
  search: word('Search', '搜尋', '搜索', '検索'),
  ads: word('Ads', '廣告', '广告', '広告'),
  ad: word('Ad', '廣告', '广告', '広告'),
  blog: word('Blog', '部落格', '博客', 'ブログ'),
  app: word('App', 'App', 'App', 'アプリ'),
  'mobile-app': word('Mobile app', '手機 App', '手机 App', 'モバイルアプリ'),
  'web-app': word('Web app', '網頁應用程式', '网页应用', 'ウェブアプリ'),
  chat: word('Chat', '線上客服', '在线客服', 'チャット'),
  'live-chat': word('Live chat', '線上客服', '在线客服', 'ライブチャット'),
  store: word('Store', '門市', '门店', '店舗'),
  shop: word('Shop', '商店', '商店', 'ショップ'),
  counter: word('Counter', '櫃台', '柜台', 'カウンター'),
  'front-desk': word('Front desk', '櫃台', '前台', 'フロント'),
  kiosk: word('Kiosk', '自助機', '自助机', 'キオスク端末'),
  event: word('Event', '活動', '活动', 'イベント'),
  review: word('Reviews', '評論', '评论', 'レビュー'),
  reviews: word('Reviews', '評論', '评论', 'レビュー'),
  'word-of-mouth': word('Word of mouth', '口碑', '口碑', '口コミ'),
  referral: word('Referral', '推薦', '推荐', '紹介'),
  friend: word('Friend', '朋友', '朋友', '友人'),
  community: word('Community', '社群', '社群', 'コミュニティ'),
  forum: word('Forum', '論壇', '论坛', 'フォーラム'),
  sales: word('Sales', '業務', '销售', '営業'),
  staff: word('Staff', '工作人員', '工作人员', 'スタッフ'),
  form: word('Form', '表單', '表单', 'フォーム'),
  survey: word('Survey', '問卷', '问卷', 'アンケート'),
};

/** The name to show for a channel id that no registry labels, in the map's locale. */
export function channelName(id: string, locale: string): string {
  const key = id.toLowerCase().replace(/[_\s]+/g, '-');
  // Own keys only: a channel called "constructor" is not Object.prototype's.
  const known = Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
  if (known) return known[labelLocale(locale)];
  const first = id.codePointAt(0);
  return first === undefined ? id : String.fromCodePoint(first).toUpperCase() + id.slice(String.fromCodePoint(first).length);
}

/** What the map shows for a touchpoint's channel: the registry's label, else the readable name. */
export const channelLabelOf = (journey: Pick<Journey, 'channels' | 'locale'>, id: string): string =>
  journey.channels.find((c) => c.id === id)?.label ?? channelName(id, journey.locale);
