// The search box: suggestions from the API's `search` as one types, in English or Chinese, chosen with
// the mouse or the keyboard (↑ ↓ Enter, Esc).
import { gql, SEARCH } from './api.mjs';
import { clear, data, h, swatch } from './dom.mjs';
import { errorParts, t } from './strings.mjs';

const DELAY_MS = 120;

export class SearchBox {
  constructor(input, list, { vocabulary, view, onChoose }) {
    this.input = input;
    this.list = list;
    this.vocabulary = vocabulary;
    this.view = view;
    this.onChoose = onChoose;
    this.hits = [];
    this.active = -1;
    /** The text the suggestions on screen answer, and whether the arrows moved through them since. */
    this.shownFor = '';
    this.navigated = false;
    this.timer = undefined;
    this.token = 0;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('focus', () => this.hits.length > 0 && this.toggle(true));
    input.addEventListener('blur', () => setTimeout(() => this.toggle(false), 150));
  }

  schedule() {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text === '') {
      this.hits = [];
      this.draw();
      return;
    }
    this.timer = setTimeout(() => void this.lookup(text), DELAY_MS);
  }

  /** Asks the API; resolves when the suggestions for `text` are drawn. */
  async lookup(text) {
    const token = ++this.token;
    this.pending = true;
    try {
      const { search } = await gql(SEARCH, { text: text.slice(0, 200), first: 10 });
      if (token !== this.token) return;
      this.hits = search.map((hit) => hit.entity);
      this.shownFor = text;
      this.navigated = false;
      this.error = null;
    } catch (error) {
      if (token !== this.token) return;
      this.hits = [];
      this.error = error;
    } finally {
      if (token === this.token) this.pending = false;
    }
    this.active = this.hits.length > 0 ? 0 : -1;
    this.draw();
  }

  draw() {
    const lang = this.view.lang;
    clear(this.list);
    this.list.dataset.for = this.shownFor;
    this.hits.forEach((entity, index) => {
      const kind = this.vocabulary.kind(entity.kind);
      const primary = lang === 'zh' ? entity.names.zh : entity.names.en;
      const secondary = lang === 'zh' ? entity.names.en : entity.names.zh;
      this.list.append(
        h(
          'li',
          {
            id: `suggestion-${index}`,
            role: 'option',
            'aria-selected': String(index === this.active),
            'data-key': entity.key,
            class: index === this.active ? 'active' : '',
            onmousedown: (event) => {
              event.preventDefault();
              this.choose(index);
            },
          },
          swatch(kind.colour),
          data(primary, { class: 'primary' }),
          secondary !== primary && data(secondary, { class: 'secondary' }),
          h('span', { class: 'kind-name' }, kind[lang]),
        ),
      );
    });
    if (this.hits.length === 0 && this.input.value.trim() !== '' && !this.pending) {
      this.list.append(
        h(
          'li',
          { class: 'empty', role: 'presentation' },
          this.error ? errorParts(lang, this.error, data) : t(lang, 'nothingMatches'),
        ),
      );
    }
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? `suggestion-${this.active}` : '');
    this.toggle(document.activeElement === this.input && this.list.childElementCount > 0);
  }

  toggle(open) {
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
  }

  key(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.navigated = true;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.draw();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = this.input.value.trim();
      // The highlighted suggestion, if it answers what is in the box (or was picked with the arrows);
      // otherwise the best hit for the text, as soon as it arrives.
      if (this.active >= 0 && (this.shownFor === text || this.navigated)) this.choose(this.active);
      else if (text !== '') {
        clearTimeout(this.timer);
        void this.lookup(text).then(() => this.hits.length > 0 && this.choose(0));
      }
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) this.toggle(false);
      else this.input.blur();
    }
  }

  choose(index) {
    const entity = this.hits[index];
    if (!entity) return;
    this.toggle(false);
    this.input.value = '';
    this.hits = [];
    this.draw();
    this.onChoose(entity.key);
  }
}
