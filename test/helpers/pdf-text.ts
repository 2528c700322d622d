// Reading a PDF that Chromium printed (page.pdf()), without a PDF library: how many pages it has, and the text of
// each page. Chromium (Skia) writes text as Type0 fonts with a ToUnicode map and Flate-compressed page streams;
// this reads exactly that, enough to check that figures are printed, not a general PDF parser.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    if (streamAt === -1) {
      found.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + /\bstream\r?\n/.exec(body.slice(streamAt))![0].length;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const raw = pdf.subarray(dataStart, dataStart + length);
    found.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return found;
}

/** Glyph code (hex) → text, from a font's ToUnicode CMap. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src!.toUpperCase(), utf16(dst!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(dst!, 16);
      for (let code = parseInt(lo!, 16); code <= parseInt(hi!, 16); code++) {
        map.set(code.toString(16).toUpperCase().padStart(lo!.length, '0'), String.fromCharCode(first + code - parseInt(lo!, 16)));
      }
    }
  }
  return map;
}

const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** The pages of a PDF in order, each as its text: one line per text object Chromium drew. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const all = objects(pdf);
  const root = [...all.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict));
  if (!root) throw new Error('the PDF has no page tree');
  const pageIds: number[] = [];
  const walk = (id: number) => {
    const node = all.get(id)!;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)![1]!)) walk(kid);
    else pageIds.push(id);
  };
  for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(root.dict)![1]!)) walk(kid);
  return pageIds.map((id) => {
    const page = all.get(id)!.dict;
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, ref] of (/\/Font\s*<<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
      const unicode = /\/ToUnicode (\d+) 0 R/.exec(all.get(Number(ref))!.dict)?.[1];
      fonts.set(name!, unicode ? toUnicode(all.get(Number(unicode))!.stream!.toString('latin1')) : new Map());
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
    const stream = refs(contents).map((c) => all.get(c)!.stream!.toString('latin1')).join('\n');
    const lines: string[] = [];
    let font = new Map<string, string>();
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = '';
      for (const op of block[1]!.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)) {
        if (op[1] !== undefined) font = fonts.get(op[1]) ?? new Map();
        const hexes = op[2] !== undefined ? [op[2]] : op[3] !== undefined ? [...op[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]!) : [];
        for (const hex of hexes) for (const code of hex.match(/.{4}/g) ?? []) line += font.get(code.toUpperCase()) ?? '';
      }
      if (line) lines.push(line);
    }
    return lines.join('\n');
  });
}
