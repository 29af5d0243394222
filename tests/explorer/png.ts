import { inflateSync } from 'node:zlib';

/** The pixels of an 8-bit RGB or RGBA PNG (what Chromium and Cytoscape write), as RGBA. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(png: Buffer): Pixels {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let colourType = -1;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colourType = body[9]!;
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || body[12] !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${body[12]}`);
      }
    } else if (type === 'IDAT') {
      data.push(body);
    }
    at += 12 + length;
  }
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? current[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      current[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x += 1) {
      const to = (y * width + x) * 4;
      out[to] = current[x * channels]!;
      out[to + 1] = current[x * channels + 1]!;
      out[to + 2] = current[x * channels + 2]!;
      out[to + 3] = channels === 4 ? current[x * channels + 3]! : 255;
    }
    previous = current;
  }
  return { width, height, rgba: out };
}

/** How varied an image is: its distinct colours, and the share of pixels unlike the most common one. */
export function pixelVariety(png: Buffer): { width: number; height: number; colours: number; inked: number } {
  const { width, height, rgba } = decodePng(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const colour = ((rgba[i]! << 24) | (rgba[i + 1]! << 16) | (rgba[i + 2]! << 8) | rgba[i + 3]!) >>> 0;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const background = Math.max(...counts.values());
  return { width, height, colours: counts.size, inked: 1 - background / (width * height) };
}

/** The share of pixels two same-sized PNGs draw visibly differently (a channel off by more than 48). */
export function pixelDifference(a: Buffer, b: Buffer): number {
  const one = decodePng(a);
  const two = decodePng(b);
  if (one.width !== two.width || one.height !== two.height) return 1;
  let differ = 0;
  for (let i = 0; i < one.rgba.length; i += 4) {
    for (let c = 0; c < 3; c += 1) {
      if (Math.abs(one.rgba[i + c]! - two.rgba[i + c]!) > 48) {
        differ += 1;
        break;
      }
    }
  }
  return differ / (one.width * one.height);
}
