// The starter maps `cjm init` writes, by format and locale.
import type { InputFormat } from '../parse/source.js';
import { MARKDOWN_EN, YAML_EN } from './starter-en.js';
import { MARKDOWN_JA, YAML_JA } from './starter-ja.js';
import { MARKDOWN_ZH, YAML_ZH } from './starter-zh.js';
import { MARKDOWN_ZH_HANS, YAML_ZH_HANS } from './starter-zh-hans.js';

export const STARTER_LOCALES = ['en', 'zh-Hant', 'zh-Hans', 'ja'] as const;
export type StarterLocale = (typeof STARTER_LOCALES)[number];

const STARTERS: Record<StarterLocale, Record<InputFormat, string>> = {
  en: { yaml: YAML_EN, md: MARKDOWN_EN },
  'zh-Hant': { yaml: YAML_ZH, md: MARKDOWN_ZH },
  'zh-Hans': { yaml: YAML_ZH_HANS, md: MARKDOWN_ZH_HANS },
  ja: { yaml: YAML_JA, md: MARKDOWN_JA },
};

export const starterMap = (format: InputFormat, locale: StarterLocale): string => STARTERS[locale][format];
