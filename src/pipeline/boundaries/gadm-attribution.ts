/** GADM's licence allows non-commercial use with attribution: this line goes under every map drawn from its shapes. */
export const GADM_ATTRIBUTION = {
  id: 'Batas wilayah: GADM 4.1 (gadm.org), lisensi non-komersial',
  en: 'Boundaries: GADM 4.1 (gadm.org), non-commercial licence',
} as const;
