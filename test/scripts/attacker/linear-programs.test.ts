import { describe, expect, it } from 'vitest';
import { addConstraint, emptySystem, variable } from '../../../scripts/attacker/linear-system.ts';
import { narrowWithLinearPrograms } from '../../../scripts/attacker/linear-programs.ts';
import { propagate } from '../../../scripts/attacker/propagate.ts';

const bounds = (s: ReturnType<typeof emptySystem>) => s.variables.map((v) => `${v.id} ${v.lo}…${v.hi}`);

describe('narrowWithLinearPrograms(system)', () => {
  it('narrowWithLinearPrograms(system) pins what interval propagation alone cannot', async () => {
    // x + y = 4, x + z = 4, y + z = 2: each equation alone leaves room, together they say x = 3, y = z = 1.
    const s = emptySystem();
    for (const id of ['x', 'y', 'z']) variable(s, id, { threshold: 5 });
    addConstraint(s, [['x', 1], ['y', 1]], 4, 4);
    addConstraint(s, [['x', 1], ['z', 1]], 4, 4);
    addConstraint(s, [['y', 1], ['z', 1]], 2, 2);
    propagate(s);
    expect(bounds(s)).toEqual(['x 2…4', 'y 0…2', 'z 0…2']);
    await narrowWithLinearPrograms(s);
    expect(bounds(s)).toEqual(['x 3…3', 'y 1…1', 'z 1…1']);
    expect(s.conflicts).toEqual([]);
  });

  it('narrowWithLinearPrograms(system) leaves cells that cannot be small alone', async () => {
    const s = emptySystem();
    for (const id of ['x', 'y']) variable(s, id, { threshold: 5 });
    addConstraint(s, [['x', 1], ['y', -1]], 0, 0);
    addConstraint(s, [['x', 1]], 20, 30);
    propagate(s);
    expect(await narrowWithLinearPrograms(s)).toEqual({ candidates: 0, solved: 0 });
  });
});
