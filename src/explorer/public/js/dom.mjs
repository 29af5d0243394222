// Builds DOM from data without innerHTML, so no text from the graph can ever become markup.

export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'style') {
      // Through the CSSOM: the page's policy forbids style attributes, not script-set styles.
      Object.assign(element.style, value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

/** A coloured dot for an entity kind. */
export function swatch(colour) {
  return h('span', { class: 'swatch', style: { backgroundColor: colour }, 'aria-hidden': 'true' });
}

/**
 * Text from the graph or the server (a name, a key, a paragraph), marked as such: it is shown as it is
 * and never translated, by the page or by the reader's browser.
 */
export function data(text, attrs = {}) {
  return h('span', { ...attrs, translate: 'no' }, text);
}
