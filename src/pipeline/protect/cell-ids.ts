/** The programmes whose claims are published: JKK (work-accident cover) and JKM (death benefit). */
export const CLAIM_PROGRAMS = ['JKK', 'JKM'] as const;

/** Cell ids of the one linked table set that stage 1 protects; every published count is one of these. */
export const cellId = {
  enrolled: (code: string, category: string) => `e|${code}|${category}`,
  nonActive: (code: string) => `n|${code}`,
  registered: (code: string) => `r|${code}`,
  sex: (code: string, sex: string) => `s|${code}|${sex}`,
  age: (code: string, band: string) => `a|${code}|${band}`,
  newInMonth: (month: string, batch: string) => `t|${month}|${batch}`,
  cumulative: (month: string, batch: string) => `c|${month}|${batch}`,
  claims: (code: string, program: string) => `k|${code}|${program}`,
  claimRupiah: (code: string, program: string) => `v|${code}|${program}`,
};
