// subset-font ships no types; this is the one call scripts/fonts.ts makes.
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[]; keepFeatures?: string[] }): Promise<Buffer>;
}
