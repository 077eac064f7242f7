import { randomFillSync } from 'node:crypto';

/**
 * Time-ordered event ids (RFC 9562 UUIDv7): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * made within one millisecond in order, then random bits. Time-ordered ids keep the `id` index append-only, which
 * is what makes batch appends fast (DESIGN: ≈ 90k events/s against ≈ 27k with random v4 ids).
 * This is the only place that reads the clock or randomness for ids; tests inject both.
 */
export interface UuidV7Sources {
  now: () => number;
  fillRandom: (bytes: Uint8Array) => void;
}

const systemSources: UuidV7Sources = { now: Date.now, fillRandom: (bytes) => void randomFillSync(bytes) };

export type UuidV7Generator = () => string;

export function createUuidV7Generator(sources: UuidV7Sources = systemSources): UuidV7Generator {
  let lastMs = -1;
  let counter = 0;
  const bytes = new Uint8Array(16);
  return () => {
    let ms = sources.now();
    sources.fillRandom(bytes);
    if (ms > lastMs) {
      // Start each millisecond from a random counter below half its range, so it has room to grow.
      counter = ((bytes[6] & 0x07) << 8) | bytes[7];
      lastMs = ms;
    } else {
      // Same millisecond, or the clock went back: stay on the last millisecond and count up.
      ms = lastMs;
      counter += 1;
      if (counter > 0xfff) {
        lastMs += 1;
        ms = lastMs;
        counter = 0;
      }
    }
    bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
    bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
    bytes[2] = (ms >>> 24) & 0xff;
    bytes[3] = (ms >>> 16) & 0xff;
    bytes[4] = (ms >>> 8) & 0xff;
    bytes[5] = ms & 0xff;
    bytes[6] = 0x70 | (counter >>> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8] & 0x3f);
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** The process-wide generator on the system clock. */
export const uuidV7: UuidV7Generator = createUuidV7Generator();

/** Milliseconds since the epoch encoded in a UUIDv7. */
export const uuidV7Time = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
