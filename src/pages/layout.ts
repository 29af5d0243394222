import { REPORTS_PATH, SEARCH_PATH } from './addresses.ts';
import { html, type Html, type Interpolation } from './html.ts';

/** The stylesheet of every page, served by the pages plugin. */
export const STYLESHEET_PATH = '/pages/pages.css';
/** The Chinese font the explorer serves (Noto Sans SC, in slices), so the pages need no system font. */
export const FONT_STYLESHEET = '/explore/fonts/noto-sans-sc/index.css';

/** The language tag of the report's Chinese: Simplified script, as the UN writes it. */
export const ZH = 'zh-Hans';

export interface PageParts {
  title: string;
  /** The permanent address of the page (absolute), for `<link rel="canonical">` and the cite line. */
  canonical: string;
  /** The JSON-LD form of the same address, linked as an alternate and embedded for crawlers. */
  jsonld?: { href: string; data: Html };
  /** What the search box holds. */
  query?: string;
  main: Interpolation;
}

/** Text in Chinese, marked as such for fonts, screen readers and hyphenation. */
export const zh = (text: Interpolation): Html => html`<span lang="${ZH}">${text}</span>`;

export function page({ title, canonical, jsonld, query, main }: PageParts): Html {
  return html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · coopgraph</title>
      <link rel="canonical" href="${canonical}" />
      ${jsonld ? html`<link rel="alternate" type="application/ld+json" href="${jsonld.href}" />` : ''}
      <link rel="stylesheet" href="${FONT_STYLESHEET}" />
      <link rel="stylesheet" href="${STYLESHEET_PATH}" />
      <link rel="icon" href="/explore/icon.svg" type="image/svg+xml" />
      ${
        jsonld
          ? html`<script type="application/ld+json">
              ${jsonld.data}
            </script>`
          : ''
      }
    </head>
    <body>
      <a class="skip" href="#content">Skip to the content</a>
      <header class="topbar">
        <p class="brand"><a href="/explore">coopgraph</a></p>
        <nav aria-label="Site">
          <a href="${REPORTS_PATH}">Reports</a>
          <a href="/explore">Explorer</a>
        </nav>
        <form class="search" role="search" action="${SEARCH_PATH}" method="get">
          <label for="q" class="visually-hidden">Search entities</label>
          <input
            id="q"
            name="q"
            type="search"
            value="${query ?? ''}"
            placeholder="Search in English or 中文"
          />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="content">${main}</main>
      <footer>
        <p>
          coopgraph: a knowledge graph of UN reports. Chinese text as the report writes it; English renderings
          are coopgraph’s own and unofficial.
        </p>
      </footer>
    </body>
  </html>`;
}
