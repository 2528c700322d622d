import { describe, expect, it } from 'vitest';
import { Program } from '../../src/schemas/program.ts';
import { parseWithFriendlyErrors, SchemaError } from '../../src/schemas/friendly-errors.ts';

describe('parseWithFriendlyErrors(Program, …)', () => {
  it('names every field at fault', () => {
    expect(() => parseWithFriendlyErrors(Program, { asOfDate: '26-09-2025' }, 'program.json')).toThrowError(SchemaError);
    try {
      parseWithFriendlyErrors(Program, { asOfDate: '26-09-2025' }, 'program.json');
    } catch (e) {
      expect((e as Error).message).toContain('program.json is not valid');
      expect((e as Error).message).toContain('asOfDate: must be a date written as YYYY-MM-DD');
    }
  });
});
