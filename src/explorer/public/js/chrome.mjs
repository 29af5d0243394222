// The page's fixed text (index.html) in the reader's language. An element names its text by key:
// `data-i18n` for its content, `data-i18n-title`, `data-i18n-aria-label` and `data-i18n-placeholder`
// for those attributes; switching language writes them all again, without a reload.
import { t } from './strings.mjs';

/** The attributes an element may name a text for, with the dataset key that names it. */
const ATTRIBUTES = { title: 'i18nTitle', 'aria-label': 'i18nAriaLabel', placeholder: 'i18nPlaceholder' };

export function translatePage(lang, root = document) {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = t(lang, 'pageTitle');
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(lang, element.dataset.i18n);
  });
  for (const [attribute, key] of Object.entries(ATTRIBUTES)) {
    root
      .querySelectorAll(`[data-i18n-${attribute}]`)
      .forEach((element) => element.setAttribute(attribute, t(lang, element.dataset[key])));
  }
}
