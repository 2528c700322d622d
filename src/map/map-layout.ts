import type { AreaFeature } from './boundaries.ts';
import { chooseInset, type Box } from './inset.ts';
import { inside, labelSpots, type LabelSpot } from './label-spot.ts';
import { drawView, MAP_WIDTH, projectAreas, type DrawnArea } from './map-shapes.ts';

/** Label size in map units: about 11 px when a drawing fills a phone, 16 px at the map's widest (36rem). */
export const LABEL_SIZE = 17;
/** Rough width of one character of the system sans-serif, in font sizes. */
const CHAR_WIDTH = 0.56;
const LINE_HEIGHT = 1.15;
/** A label may spill a little over its area's edge (its white halo keeps it readable over the neighbour). */
const MIN_ROOM = 0.65;

interface MapLabel {
  code: string;
  /** One or two lines. */
  lines: string[];
  /** Centre of the first line. */
  x: number;
  y: number;
}

/** Where an area's circle goes on a map of counts: its roomiest inside point. */
interface MapAnchor { code: string; x: number; y: number }

export interface Drawing {
  width: number;
  height: number;
  areas: DrawnArea[];
  labels: MapLabel[];
  /** The areas this drawing shows for themselves (the main map leaves the inset's to the inset). */
  anchors: MapAnchor[];
}

export interface MapLayout {
  main: Drawing;
  /** The enlarged part of the map, drawn MAP_WIDTH across like the main map, or null when nothing is too small. */
  inset: (Drawing & { frame: Box; codes: string[] }) | null;
}

/**
 * Everything one map draws: the main drawing; the inset for its small areas (if any), drawn anew from the
 * projected shapes so it keeps detail and stroke widths; and name labels, each area's in the inset when it is
 * there, else on the main map.
 */
export function mapLayout(features: AreaFeature[]): MapLayout {
  const projected = projectAreas(features);
  const { width, height } = projected;
  const mainAreas = drawView(projected.areas, { origin: [0, 0], scale: 1, width, height });
  const chosen = chooseInset(mainAreas, width, height);
  if (!chosen) return { main: { width, height, areas: mainAreas, labels: placeLabels(mainAreas, mainAreas, [width, height]), anchors: anchorsOf(mainAreas) }, inset: null };
  const { frame, codes } = chosen;
  const scale = MAP_WIDTH / (frame[2] - frame[0]);
  const insetHeight = Math.round((frame[3] - frame[1]) * scale);
  const insetAreas = drawView(projected.areas, { origin: [frame[0], frame[1]], scale, width: MAP_WIDTH, height: insetHeight });
  const inInset = new Set(codes);
  return {
    main: { width, height, areas: mainAreas, labels: placeLabels(mainAreas.filter((a) => !inInset.has(a.code)), mainAreas, [width, height]), anchors: anchorsOf(mainAreas.filter((a) => !inInset.has(a.code))) },
    inset: {
      frame, codes, width: MAP_WIDTH, height: insetHeight, areas: insetAreas,
      labels: placeLabels(insetAreas.filter((a) => inInset.has(a.code)), insetAreas, [MAP_WIDTH, insetHeight]),
      anchors: anchorsOf(insetAreas.filter((a) => inInset.has(a.code))),
    },
  };
}

/** Each area's roomiest inside point (the middle of its widest stretch), where its circle is centred. */
function anchorsOf(areas: DrawnArea[]): MapAnchor[] {
  return areas.flatMap((a) => {
    const spot = labelSpots(a.rings, 4)[0];
    return spot ? [{ code: a.code, x: round(spot.x), y: round(spot.y) }] : [];
  });
}

/**
 * A name label for each of `areas` whose name fits (on one line, or on two), biggest areas first, never over
 * another label nor past the drawing's edge. A name fits when it lies (nearly) inside its area, or,
 * for an island or a ragged coast, when it spills only into the sea, over none of the `drawn` areas. Names
 * that do not fit are left out: the link, its title and the page's table still name the area.
 */
function placeLabels(areas: DrawnArea[], drawn: DrawnArea[], [width, height]: [number, number]): MapLabel[] {
  const taken: Box[] = [];
  const labels: MapLabel[] = [];
  const bySize = [...areas].sort((a, b) => boxArea(b.box) - boxArea(a.box));
  for (const area of bySize) {
    const others = drawn.filter((d) => d.code !== area.code);
    const label = fittingLabel(area, others, taken, [0, 0, width, height]);
    if (!label) continue;
    taken.push(labelBox(label));
    labels.push(label);
  }
  return labels.sort((a, b) => (a.code < b.code ? -1 : 1));
}

function fittingLabel(area: DrawnArea, others: DrawnArea[], taken: Box[], page: Box): MapLabel | null {
  const choices = lineChoices(area.name).map((lines) => ({ lines, spots: labelSpots(area.rings, LABEL_SIZE * LINE_HEIGHT * lines.length) }));
  const at = (lines: string[], spot: LabelSpot): MapLabel => {
    const y = spot.y - (LABEL_SIZE * LINE_HEIGHT * (lines.length - 1)) / 2;
    return { code: area.code, lines, x: round(spot.x), y: round(y) };
  };
  const free = (label: MapLabel) => {
    const box = labelBox(label);
    return box[0] >= page[0] && box[1] >= page[1] && box[2] <= page[2] && box[3] <= page[3] && !taken.some((t) => overlaps(t, box));
  };
  // Inside the area, one line before two; then, for islands and ragged coasts, out over the sea.
  for (const { lines, spots } of choices) {
    for (const spot of spots) {
      if (spot.room < MIN_ROOM * textWidth(lines)) break;
      const label = at(lines, spot);
      if (free(label)) return label;
    }
  }
  for (const { lines, spots } of choices) {
    for (const spot of spots.slice(0, 12)) {
      const label = at(lines, spot);
      if (free(label) && overSeaOnly(labelBox(label), others)) return label;
    }
  }
  return null;
}

/** Whether a label's box touches none of the other areas (checked on a grid of points across it). */
function overSeaOnly(box: Box, others: DrawnArea[]): boolean {
  const near = others.filter((o) => overlaps(o.box, box));
  for (let i = 0; i <= 8; i++)
    for (let j = 0; j <= 2; j++) {
      const p = [box[0] + ((box[2] - box[0]) * i) / 8, box[1] + ((box[3] - box[1]) * j) / 2] as const;
      if (near.some((o) => inside(o.rings, p))) return false;
    }
  return true;
}

/** The name on one line, then split in two at the space nearest its middle. */
function lineChoices(name: string): string[][] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [[name]];
  const cut = spaces.reduce((best, i) => (Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best));
  return [[name], [name.slice(0, cut), name.slice(cut + 1)]];
}

const textWidth = (lines: string[]) => LABEL_SIZE * (CHAR_WIDTH * Math.max(...lines.map((l) => l.length)) + 0.4);

function labelBox(l: MapLabel): Box {
  const half = textWidth(l.lines) / 2;
  return [l.x - half, l.y - LABEL_SIZE * 0.6, l.x + half, l.y + LABEL_SIZE * (0.6 + LINE_HEIGHT * (l.lines.length - 1))];
}

const boxArea = (b: Box) => (b[2] - b[0]) * (b[3] - b[1]);
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const round = (v: number) => Math.round(v * 10) / 10;
