// The starter maps `cjm init` writes, by format and locale.
import type { InputFormat } from '../parse/source.js';
import { MARKDOWN_EN, YAML_EN } from './starter-en.js';
import { MARKDOWN_ZH, YAML_ZH } from './starter-zh.js';

export const STARTER_LOCALES = ['en', 'zh-Hant'] as const;
export type StarterLocale = (typeof STARTER_LOCALES)[number];

const STARTERS: Record<StarterLocale, Record<InputFormat, string>> = {
  en: { yaml: YAML_EN, md: MARKDOWN_EN },
  'zh-Hant': { yaml: YAML_ZH, md: MARKDOWN_ZH },
};

export const starterMap = (format: InputFormat, locale: StarterLocale): string => STARTERS[locale][format];
