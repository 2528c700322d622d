import { ALL_CATEGORIES } from '../../src/schemas/published.ts';

export { ALL_CATEGORIES };

/**
 * One name per true value, `file/key…/field`, the same in every release. Status `active` is the area's
 * all-categories enrollment and spend `active` the city's enrollment of the category, so they have no name of their own.
 */
export const cellIds = {
  enrollment: (code: string, category: string) => `enrollment/${code}/${category}`,
  status: (code: string, field: 'nonActive' | 'registered') => `status/${code}/${field}`,
  demographics: (code: string, dimension: string, group: string) => `demographics/${code}/${dimension}/${group}`,
  timeline: (month: string, batch: string, field: 'newCount' | 'cumulative') => `timeline/${month}/${batch}/${field}`,
  claims: (code: string, program: string, field: 'claims' | 'amountRupiah') => `claims/${code}/${program}/${field}`,
};
