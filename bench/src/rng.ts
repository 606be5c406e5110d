/**
 * Deterministic randomness for the dataset: the same seed gives the same partners, listings,
 * bookings and ids on every run and every machine.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inside. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length)
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  }
}

/**
 * Time-ordered UUID v7 strings like the kernel's `newId`, but from a seeded generator and a
 * given instant, so ids sort by creation time and are the same on every run.
 */
export class IdFactory {
  private lastMs = 0;
  private sequence = 0;

  constructor(private readonly rng: Rng) {}

  at(ms: number): string {
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.sequence = (this.sequence + 1) & 0xfff;
      if (this.sequence === 0) ms = ++this.lastMs;
    } else {
      this.sequence = this.rng.int(0, 0x7ff);
    }
    this.lastMs = ms;
    const time = ms.toString(16).padStart(12, '0');
    const variant = ((this.rng.int(0, 0xffff) & 0x3fff) | 0x8000).toString(16);
    const seq = (0x7000 | this.sequence).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-${seq}-${variant}-${this.rng.hex(12)}`;
  }
}
