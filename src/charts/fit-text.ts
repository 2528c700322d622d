/** Measures a line of text: its width in SVG user units at a font size. */
export type MeasureText = (text: string, fontSize: number) => number;

/** Measures text: its width in SVG user units at a font size and weight (textWidth from src/pictures/render-png.ts at build time). */
export type MeasureWeighted = (text: string, fontSize: number, fontWeight: 400 | 600 | 700) => number;

export interface FittedText {
  fontSize: number;
  lines: string[];
}

const ELLIPSIS = '…';

/**
 * Fits `text` into at most `maxLines` lines no wider than `maxWidth`, trying each of `sizes` (largest first) and
 * wrapping at spaces. When even the smallest size needs more lines, the last line is cut with an ellipsis; a word
 * too long for a whole line is cut the same way.
 */
export function fitText(text: string, maxWidth: number, sizes: readonly number[], maxLines: number, measure: MeasureText): FittedText {
  if (sizes.length === 0 || maxLines < 1) throw new RangeError('fitText needs at least one size and one line');
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  for (const fontSize of sizes) {
    const lines = wrap(words, maxWidth, (t) => measure(t, fontSize));
    if (lines.length <= maxLines && lines.every((l) => measure(l, fontSize) <= maxWidth)) return { fontSize, lines };
  }
  const fontSize = sizes[sizes.length - 1]!;
  const fits = (t: string) => measure(t, fontSize) <= maxWidth;
  const lines = wrap(words, maxWidth, (t) => measure(t, fontSize)).map((l) => (fits(l) ? l : cut(l, fits)));
  if (lines.length > maxLines) lines.splice(maxLines - 1, Infinity, cut(`${lines.slice(maxLines - 1).join(' ')}`, fits, true));
  return { fontSize, lines };
}

/** Greedy wrapping: each line takes as many words as fit (a word too long for a line gets a line of its own). */
function wrap(words: string[], maxWidth: number, width: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && width(longer) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The longest start of `text` (whole words where possible) that fits with an ellipsis after it. */
function cut(text: string, fits: (t: string) => boolean, alwaysMark = false): string {
  if (!alwaysMark && fits(text)) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const candidate = `${trimEnd(words.slice(0, n).join(' '))}${ELLIPSIS}`;
    if (fits(candidate)) return candidate;
  }
  const chars = [...words[0]!];
  for (let n = chars.length - 1; n >= 1; n--) {
    const candidate = `${chars.slice(0, n).join('')}${ELLIPSIS}`;
    if (fits(candidate)) return candidate;
  }
  return ELLIPSIS;
}

/** Drops punctuation that would sit oddly before an ellipsis ("Bintan;…"). */
const trimEnd = (s: string) => s.replace(/[\s,;:.–—-]+$/u, '');
