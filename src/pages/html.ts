/**
 * HTML escaped by construction: `html` is a tagged template whose interpolations are escaped unless
 * they are themselves `html` (or `attributes`), so a text from the report or a key can never become
 * markup. The templates quote every attribute, so escaping `&<>"'` covers text and attribute values
 * alike. Written here rather than taken from a library because it is this small, and because the type
 * (`Html`, which only these functions make) is what enforces the rule at compile time.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const MARKUP: unique symbol = Symbol('markup');

/** Markup made by `html`: the one kind of value that is put into a page unescaped. */
export interface Html {
  readonly [MARKUP]: string;
}

/** What may be interpolated: markup, text (escaped), numbers, lists of these, and nothing. */
export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

const markup = (text: string): Html => ({ [MARKUP]: text });

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object') return (value as Html)[MARKUP];
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return markup(out);
}

/** The page as text, with its doctype. */
export function documentText(page: Html): string {
  return `<!doctype html>\n${page[MARKUP]}\n`;
}

/**
 * A JSON value inside `<script type="application/ld+json">`: `<` is written `\u003c`, so no text can
 * close the element (`</script>`) or open a comment, and the JSON still parses to the same value.
 */
export function jsonScript(value: unknown): Html {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return markup(json);
}
