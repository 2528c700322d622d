import type { Lang } from '../lib/format.ts';
import { escapeXml } from '../shared/escape-xml.ts';
import { COLOURS, MARGIN, round, roomy, SVG_WIDTH, svgText, type SvgBody } from '../charts/svg-parts.ts';
import type { MapSpec } from './map-spec.ts';
import { fillOf, HATCH, outlineFor, textureIds, texturePatterns } from './choropleth.ts';
import { MAP_WORDS, missingText, paintMap, type MapCircle } from './map-paint.ts';
import { SYMBOL } from './symbols.ts';
import { formatCount } from '../lib/format.ts';
import type { Drawing, MapLayout } from './map-layout.ts';
import { LABEL_SIZE } from './map-layout.ts';
import type { MeasureWeighted } from '../charts/fit-text.ts';

const MAX_HEIGHT = 560;
const GAP = 16;
/** The picture's one map: its textures' ids need no prefix of their own beyond this. */
const PREFIX = 'peta';
const TEXTURES = textureIds(PREFIX);

/**
 * A choropleth as the page draws it (same layout, classes, colours, hatch, labels, highlight and inset), as a
 * body for framedSvg: the main map, the inset beside it when there is one, and the legend below.
 */
export function mapBody(layout: MapLayout & { missing?: Array<{ name: string }> }, spec: MapSpec, lang: Lang, measure: MeasureWeighted): SvgBody {
  const words = MAP_WORDS[lang];
  const painted = paintMap(spec, layout, lang);
  const fills = new Map([...painted.paint].map(([code, p]) => [code, { fill: fillOf(p, PREFIX), outline: p.outline }]));
  const inner = SVG_WIDTH - 2 * MARGIN;
  const { main, inset } = layout;
  const mainWidth = inset ? inner * 0.56 : inner;
  const mainScale = Math.min(mainWidth / main.width, MAX_HEIGHT / main.height);
  const parts: string[] = [`<defs>${texturePatterns(PREFIX)}</defs>`, drawing(main, MARGIN, 0, mainScale, fills, painted.circles(main), mainScale, spec.highlight, inset?.frame)];
  let height = main.height * mainScale;
  if (inset) {
    const x = MARGIN + mainWidth + GAP;
    const width = inner - mainWidth - GAP;
    const insetScale = width / inset.width;
    const titleHeight = 24;
    parts.push(svgText(x + 8, 16, 12, words.inset));
    parts.push(`<line x1="${round(x)}" x2="${round(x + width)}" y1="${titleHeight}" y2="${titleHeight}" stroke="${COLOURS.ink}" stroke-width="1"/>`);
    // The inset's shapes run a few units past its edge (drawView's clip margin): cut them at the frame.
    parts.push(`<clipPath id="sisip"><rect x="${round(x)}" y="${titleHeight}" width="${round(width)}" height="${round(inset.height * insetScale)}"/></clipPath>`);
    // Circles keep the main map's size for a count: the same count is the same circle on both.
    parts.push(`<g clip-path="url(#sisip)">${drawing(inset, x, titleHeight, insetScale, fills, painted.circles(inset), mainScale, spec.highlight)}</g>`);
    parts.push(`<rect x="${round(x)}" y="0" width="${round(width)}" height="${round(titleHeight + inset.height * insetScale)}" fill="none" stroke="${COLOURS.ink}" stroke-width="2"/>`);
    height = Math.max(height, titleHeight + inset.height * insetScale);
  }

  // Legend: what the colours or circles show, one swatch per class or a few reference circles, and the textures.
  const { key } = painted;
  let y = height + 28;
  parts.push(svgText(MARGIN, y, 13, key.title, { weight: 600 }));
  let x = MARGIN;
  y += 24;
  if (key.circles.length > 0) {
    const top = key.circles[0]!.r * 2 * mainScale;
    for (const c of key.circles) {
      const r = c.r * mainScale;
      const label = formatCount(c.count, lang);
      parts.push(`<circle cx="${round(x + r)}" cy="${round(y - 12 + top - r)}" r="${round(r)}" fill="${SYMBOL.fill}" fill-opacity="${SYMBOL.opacity}" stroke="${SYMBOL.rim}"/>`);
      parts.push(svgText(x + 2 * r + 6, y - 12 + top, 12, label));
      x += 2 * r + 6 + roomy(measure, label, 12) + 18;
    }
    x = MARGIN;
    y += top + 10;
  }
  const entries = [
    ...key.classes.map((e) => ({ fill: e.colour, stroke: outlineFor(e.colour), label: e.label })),
    ...(key.dots ? [{ fill: `url(#${TEXTURES.dots})`, stroke: HATCH.stripe, label: key.dots }] : []),
    ...(key.hatch ? [{ fill: `url(#${TEXTURES.hatch})`, stroke: HATCH.stripe, label: key.hatch }] : []),
  ];
  for (const e of entries) {
    const w = 22 + roomy(measure, e.label, 12) + 18;
    if (x > MARGIN && x + w > SVG_WIDTH - MARGIN) {
      x = MARGIN;
      y += 22;
    }
    parts.push(`<rect x="${round(x + 0.5)}" y="${round(y - 11.5)}" width="15" height="15" fill="${e.fill}" stroke="${e.stroke}"/>`);
    parts.push(svgText(x + 22, y, 12, e.label));
    x += w;
  }
  if (key.zero) {
    if (x > MARGIN) y += 22;
    parts.push(svgText(MARGIN, y, 12, key.zero));
  }
  // Hidden areas are hatched and the legend says so: the picture has no "*" to explain. Approximate values are
  // drawn like exact ones (a class or a circle spans far more than the change), and the frame says what ≈ means.
  const missing = missingText((layout.missing ?? []).map((a) => a.name), lang);
  const notes = [...(missing ? [missing] : []), ...(spec.baseSource ? [spec.baseSource] : [])];
  return { markup: parts.join(''), height: y + 8, hidden: false, approximate: spec.areas.some((a) => a.approximate), ...(notes.length ? { notes } : {}) };
}

/**
 * One drawing at (x, y), `scale` SVG units per map unit: strokes and labels keep their page sizes, and circles
 * the size they have at `circleScale` (the main map's).
 */
function drawing(d: Drawing, x: number, y: number, scale: number, fills: Map<string, { fill: string; outline: string }>, circles: MapCircle[], circleScale: number, highlight?: string, frame?: readonly number[]): string {
  const unit = 1 / scale;
  const areas = d.areas.map((a) => {
    const p = fills.get(a.code) ?? { fill: '#ffffff', outline: COLOURS.muted };
    return `<path d="${a.d}" fill="${p.fill}" stroke="${p.outline}"/>`;
  });
  const chosen = highlight === undefined ? undefined : d.areas.find((a) => a.code === highlight);
  const outline = chosen
    ? `<path d="${chosen.d}" fill="none" stroke="#ffffff" stroke-width="${round(6 * unit)}"/><path d="${chosen.d}" fill="none" stroke="${COLOURS.ink}" stroke-width="${round(3 * unit)}"/>`
    : '';
  const box = frame
    ? `<rect x="${frame[0]}" y="${frame[1]}" width="${frame[2]! - frame[0]!}" height="${frame[3]! - frame[1]!}" fill="none" stroke="${COLOURS.ink}" stroke-width="${round(2 * unit)}"/>`
    : '';
  const labels = d.labels.map((l) => `<text x="${l.x}" y="${l.y}" dy="0.35em">${l.lines.map((line, i) => `<tspan x="${l.x}"${i === 0 ? '' : ' dy="1.15em"'}>${escapeXml(line)}</tspan>`).join('')}</text>`);
  return `<g transform="translate(${round(x)} ${round(y)}) scale(${scale.toFixed(4)})">`
    + `<g stroke-width="${round(unit)}" stroke-linejoin="round" fill-rule="evenodd">${areas.join('')}</g>`
    + (circles.length > 0 ? `<g fill="${SYMBOL.fill}" fill-opacity="${SYMBOL.opacity}" stroke="${SYMBOL.rim}" stroke-width="${round(unit)}">${circles.map((c) => `<circle cx="${c.x}" cy="${c.y}" r="${round((c.r * circleScale) / scale)}"/>`).join('')}</g>` : '')
    + `${outline}${box}`
    + (labels.length > 0 ? `<g font-size="${LABEL_SIZE}" fill="${COLOURS.ink}" stroke="#ffffff" stroke-width="${round(LABEL_SIZE / 4)}" paint-order="stroke" stroke-linejoin="round" text-anchor="middle">${labels.join('')}</g>` : '')
    + '</g>';
}
