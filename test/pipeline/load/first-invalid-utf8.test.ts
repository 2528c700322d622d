import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../src/pipeline/load/first-invalid-utf8.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('firstInvalidUtf8(bytes, final)', () => {
  it('firstInvalidUtf8 finds nothing in ASCII and valid UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('NIK,NAMA\r\n1,RENÉ – Muñoz … 😀\n'), true)).toBe(-1);
  });

  it('firstInvalidUtf8 points at a Windows-1252 byte, a stray continuation, an overlong form and a surrogate', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xe9, 0x0a), true)).toBe(1); // é in Windows-1252
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0x96), true)).toBe(2); // – in Windows-1252
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80), true)).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80), true)).toBe(0);
  });

  it('firstInvalidUtf8 skips up to 3 continuation bytes at the start: they end a sequence begun before', () => {
    expect(firstInvalidUtf8(bytes(0xa6, 0x41), true)).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x80, 0x80, 0x80, 0x80), true)).toBe(3);
  });

  it('firstInvalidUtf8 leaves a sequence cut off at the end for the next chunk unless final', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x80), false)).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x80), true)).toBe(1);
  });

  it('firstInvalidUtf8 agrees with TextDecoder on random bytes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const decode = (b: Uint8Array, stream: boolean) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b, { stream });
        return true;
      } catch {
        return false;
      }
    };
    for (let n = 0; n < 5000; n++) {
      // Mostly ASCII with some bytes above 0x7F, as text files are.
      const b = Uint8Array.from({ length: 1 + Math.floor(random() * 12) }, () => (random() < 0.5 ? 0x41 : 0x80 + Math.floor(random() * 128)));
      for (const final of [true, false]) {
        const at = firstInvalidUtf8(b, final);
        if ((b[0]! & 0xc0) === 0x80) continue; // a leading continuation byte is skipped here, refused by TextDecoder
        expect(at === -1, `${Buffer.from(b).toString('hex')} final=${final}`).toBe(decode(b, !final));
        if (at !== -1) expect(decode(b.subarray(0, at), false)).toBe(true);
      }
    }
  });
});
