import type { Published } from './published.ts';
import { isFiner } from '../schemas/area-level.ts';
import type { EnrollmentCell, PublishedCategory } from '../schemas/published.ts';

/**
 * The categories stage 1 publishes for an area, in metadata order: never one whose finest geography is coarser
 * than the area (socio-religious workers have no kelurahan figures; their null there means "not published", not "hidden").
 */
export function areaCategories(data: Pick<Published, 'metadata'>, areaCode: string): PublishedCategory[] {
  const area = data.metadata.areas.find((a) => a.code === areaCode);
  if (!area) throw new Error(`area ${areaCode} is not in metadata.json`);
  return data.metadata.categories.filter((c) => !isFiner(area.level, c.finestGeography));
}

/** The enrollment cell of an area and category; a missing one is a stage 1 bug, so it stops the build. */
export function enrollmentCell(data: Pick<Published, 'enrollment'>, areaCode: string, category: string): EnrollmentCell {
  const cell = data.enrollment.cells.find((c) => c.code === areaCode && c.category === category);
  if (!cell) throw new Error(`enrollment.json has no cell for area ${areaCode}, category ${category}`);
  return cell;
}

/** A chart label that carries the table's "*" when the value is hidden, so a missing bar is never read as zero. */
export function markHidden(label: string, value: number | null): string {
  return value === null ? `${label} *` : label;
}
