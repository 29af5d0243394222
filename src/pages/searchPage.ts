import { html, type Html } from './html.ts';
import { entityLine } from './entityPage.ts';
import type { SearchAnswer } from './queries.ts';

export function searchMain(text: string, hits: SearchAnswer['search'] | null, error?: string): Html {
  if (text === '' && !error) {
    return html`<article class="search-page">
      <h1>Search</h1>
      <p>
        Search the graph’s entities by name, acronym, symbol or text, in English or Chinese (<span
          lang="zh-Hans"
          >司法网</span
        >, <em>judicial network</em>, EJN).
      </p>
    </article>`;
  }
  return html`<article class="search-page">
    <h1>Search: <q>${text}</q></h1>
    ${
      error
        ? html`<p class="error" role="alert">${error}</p>`
        : hits && hits.length > 0
          ? html`<p>${hits.length} ${hits.length === 1 ? 'entity' : 'entities'} found, best first.</p>
              <ol class="hits">
                ${hits.map((hit) => html`<li>${entityLine(hit.entity)}</li>`)}
              </ol>`
          : html`<p>
              No entity matches. Try another spelling, the English or the Chinese name, or an acronym.
            </p>`
    }
  </article>`;
}
