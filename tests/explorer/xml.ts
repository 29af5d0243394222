/**
 * A small, strict XML reader for checking exported files: elements, attributes, text, comments and the
 * XML declaration; entity and character references are decoded, and anything malformed throws.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & near offset ${at}`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new Error(`unknown entity &${ref}; near offset ${at}`);
    return value;
  });
}

export function parseXml(source: string): XmlElement {
  let at = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  };
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(source))
    fail('a character XML forbids');
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    at = end + 2;
  }
  while (at < source.length) {
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at);
      if (end < 0) fail('unterminated comment');
      at = end + 3;
    } else if (source.startsWith('</', at)) {
      at += 2;
      const name = NAME.exec(source.slice(at))?.[0] ?? fail('a closing tag without a name');
      at += name.length;
      while (/\s/.test(source[at] ?? '')) at += 1;
      if (source[at] !== '>') fail('a malformed closing tag');
      at += 1;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> closes <${open?.name}>`);
    } else if (source[at] === '<') {
      at += 1;
      const name = NAME.exec(source.slice(at))?.[0] ?? fail('a tag without a name');
      at += name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const space = /^\s*/.exec(source.slice(at))![0].length;
        at += space;
        if (source.startsWith('/>', at) || source[at] === '>') break;
        if (space === 0) fail('attributes run together');
        const attribute = NAME.exec(source.slice(at))?.[0] ?? fail('a malformed attribute');
        at += attribute.length;
        const quoted =
          /^\s*=\s*(["'])/.exec(source.slice(at)) ?? fail(`attribute ${attribute} without a quoted value`);
        at += quoted[0].length;
        const end = source.indexOf(quoted[1]!, at);
        if (end < 0) fail('an unterminated attribute value');
        const raw = source.slice(at, end);
        if (raw.includes('<')) fail('< inside an attribute value');
        if (attribute in element.attributes) fail(`attribute ${attribute} given twice`);
        element.attributes[attribute] = decode(raw, at);
        at = end + 1;
      }
      if (stack.length === 0) {
        if (root) fail('a second root element');
        root = element;
      } else {
        stack[stack.length - 1]!.children.push(element);
      }
      if (source.startsWith('/>', at)) at += 2;
      else {
        at += 1;
        stack.push(element);
      }
    } else {
      const end = source.indexOf('<', at);
      const raw = source.slice(at, end < 0 ? source.length : end);
      if (raw.includes('>') && raw.includes(']]>')) fail(']]> in text');
      if (stack.length === 0) {
        if (raw.trim() !== '') fail('text outside the root element');
      } else {
        stack[stack.length - 1]!.text += decode(raw, at);
      }
      at = end < 0 ? source.length : end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  return root ?? fail('no root element');
}

/** The children of `element` named `name`, at any depth. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
}

/** GraphML `<data key=…>` values of a node or an edge. */
export function graphmlData(element: XmlElement): Record<string, string> {
  return Object.fromEntries(
    element.children
      .filter((child) => child.name === 'data')
      .map((child) => [child.attributes.key!, child.text]),
  );
}
