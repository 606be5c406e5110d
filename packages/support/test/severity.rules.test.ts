import { UserError } from '@alliance/kernel';
import { assertValidLevels, DEFAULT_SEVERITY_LEVELS, dueAtAfterRaise, isBreached } from '../src/rules/severity.rules';

const due = new Date('2026-01-05T13:00:00.000Z');
const at = (ms: number) => new Date(due.getTime() + ms);

describe('severity rules (SUP-1, SUP-2)', () => {
  it('SUP-1: the defaults are 1 hour, 2 hours, 4 hours and "as negotiated" without a timer', () => {
    expect(DEFAULT_SEVERITY_LEVELS.map((l) => [l.severity, l.responseMinutes])).toEqual([
      [1, 60],
      [2, 120],
      [3, 240],
      [4, null],
    ]);
  });

  it('SUP-2: without a response, a case is not breached at its due instant and is breached 1 ms later', () => {
    expect(isBreached(due, null, at(0))).toBe(false);
    expect(isBreached(due, null, at(1))).toBe(true);
  });

  it('SUP-2: a first response at the due instant is on time forever; 1 ms later is a breach', () => {
    expect(isBreached(due, at(0), at(1_000_000))).toBe(false);
    expect(isBreached(due, at(1), at(1))).toBe(true);
  });

  it('SUP-2: a case without a timer (severity 4) is never breached', () => {
    expect(isBreached(null, null, at(10 ** 12))).toBe(false);
  });

  it('SUP-2: a raise never moves the due instant later, and keeps it once the clock has stopped', () => {
    expect(dueAtAfterRaise(due, at(-1), false)).toEqual(at(-1));
    expect(dueAtAfterRaise(due, at(1), false)).toEqual(due);
    expect(dueAtAfterRaise(null, at(5), false)).toEqual(at(5));
    expect(dueAtAfterRaise(due, at(-1), true)).toEqual(due);
  });

  it("SUP-1: a partner's own levels must be numbered 1..n with positive times", () => {
    expect(() =>
      assertValidLevels([
        { severity: 1, name: 'a', description: '', responseMinutes: 30 },
        { severity: 3, name: 'b', description: '', responseMinutes: 60 },
      ]),
    ).toThrow(UserError);
    expect(() => assertValidLevels([{ severity: 1, name: 'a', description: '', responseMinutes: 0 }])).toThrow(/positive/);
    expect(() =>
      assertValidLevels([
        { severity: 1, name: 'a', description: '', responseMinutes: 15 },
        { severity: 2, name: 'b', description: '', responseMinutes: null },
      ]),
    ).not.toThrow();
  });
});
