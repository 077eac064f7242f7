import { createUuidV7Generator, uuidV7, uuidV7Time } from './uuid-v7';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A clock the test moves by hand and randomness that is all ones, the worst case for the counter. */
function fixedSources(startMs: number) {
  const clock = { ms: startMs };
  const generate = createUuidV7Generator({ now: () => clock.ms, fillRandom: (bytes) => bytes.fill(0xff) });
  return { clock, generate };
}

describe('uuidV7', () => {
  it('has the version 7 and RFC variant bits and encodes the time', () => {
    const { generate } = fixedSources(Date.UTC(2026, 4, 1));
    const id = generate();
    expect(id).toMatch(UUID_V7);
    expect(uuidV7Time(id)).toBe(Date.UTC(2026, 4, 1));
    expect(uuidV7()).toMatch(UUID_V7);
  });

  it('orders ids made within one millisecond by the order they were made', () => {
    const { generate } = fixedSources(1_700_000_000_000);
    const ids = Array.from({ length: 5000 }, generate);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
  });

  it('keeps ids increasing when the clock steps back', () => {
    const { clock, generate } = fixedSources(1_700_000_000_500);
    const before = generate();
    clock.ms -= 400;
    const after = generate();
    expect(after > before).toBe(true);
    expect(uuidV7Time(after)).toBe(1_700_000_000_500);
  });

  it('sorts ids of later milliseconds after earlier ones', () => {
    const { clock, generate } = fixedSources(1_700_000_000_000);
    const first = generate();
    clock.ms += 1;
    expect(generate() > first).toBe(true);
  });
});
