/** One measured or derived number (or a yes/no, or a note) with the key it keeps in --json output. */
export type FigureValue = number | string | boolean | null;

export interface Figure {
  /** Stable dotted key, e.g. `range.unique.c8.ratio`; compared between commits, so never reuse one. */
  key: string;
  label: string;
  value: FigureValue;
  unit: string;
}

/** What one benchmark hands back: its figures plus sentences that explain how to read them. */
export interface BenchSection {
  id: string;
  title: string;
  figures: Figure[];
  notes: string[];
}

/** Collects figures under one key prefix, so a benchmark cannot misspell its own namespace. */
export class SectionBuilder {
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];

  constructor(
    readonly id: string,
    readonly title: string,
  ) {}

  add(key: string, label: string, value: FigureValue, unit = ''): FigureValue {
    const clean = typeof value === 'number' && !Number.isFinite(value) ? null : value;
    this.figures.push({ key: `${this.id}.${key}`, label, value: clean, unit });
    return clean;
  }

  /**
   * A figure with a target of issue 15 beside it: adds `key` (the value), `key.target` (e.g. "≥ 1,000")
   * and `key.met` (true, false, or null when the value is missing).
   */
  target(
    key: string,
    label: string,
    value: number | null | undefined,
    unit: string,
    goal: { atLeast: number } | { atMost: number },
  ): void {
    const clean = value === undefined || value === null || !Number.isFinite(value) ? null : value;
    const [sign, bound] = 'atLeast' in goal ? ['≥', goal.atLeast] : ['≤', goal.atMost];
    const met = clean === null ? null : 'atLeast' in goal ? clean >= goal.atLeast : clean <= goal.atMost;
    this.add(key, label, clean, unit);
    this.add(`${key}.target`, `target: ${label}`, `${sign} ${bound.toLocaleString('en-US')}`, unit);
    this.add(`${key}.met`, `target met: ${label}`, met);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  build(): BenchSection {
    return { id: this.id, title: this.title, figures: this.figures, notes: this.notes };
  }
}

/** a / b, or null when either side is missing or b is zero (a ratio of nothing is not 0). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return a / b;
}
