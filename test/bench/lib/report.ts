import type { BenchSection, FigureValue } from './figures.ts';
import type { MachineInfo } from './machine.ts';

/** Three significant digits, thousands separated: readable, and honest about the precision. */
export function formatValue(value: FigureValue): string {
  if (value === null) return 'n/a';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value) || 1)));
  return value.toLocaleString('en-US', {
    maximumFractionDigits: Math.min(digits, 6),
    minimumFractionDigits: 0,
  });
}

/** The human table: one block per benchmark, figure | value | unit, then its notes. */
export function formatTable(sections: readonly BenchSection[], machine: MachineInfo): string {
  const out: string[] = [
    `Exposure Check benchmarks — ${machine.cpuModel}, ${machine.nproc} cores, Node ${machine.node}, load ${machine.loadAverageAtStart}`,
    '',
  ];
  for (const section of sections) {
    out.push(`## ${section.title}`);
    const rows = section.figures.map((f) => [f.label, formatValue(f.value), f.unit]);
    const w0 = Math.max(6, ...rows.map((r) => (r[0] ?? '').length));
    const w1 = Math.max(5, ...rows.map((r) => (r[1] ?? '').length));
    for (const [label = '', value = '', unit = ''] of rows)
      out.push(`  ${label.padEnd(w0)}  ${value.padStart(w1)}  ${unit}`.trimEnd());
    for (const note of section.notes) out.push(`  · ${note}`);
    out.push('');
  }
  return out.join('\n');
}

export interface JsonReport {
  format: 'exposure-check-bench/1';
  startedAt: string;
  seconds: number;
  machine: MachineInfo;
  /** 1-minute load average when the run ended. */
  loadAverageAtEnd: number;
  options: Record<string, unknown>;
  /** Every figure by its dotted key. */
  figures: Record<string, FigureValue>;
  units: Record<string, string>;
  /** Benchmarks that failed, by id, with the error: their figures are missing, not zero. */
  failures: Record<string, string>;
}

export function jsonReport(
  sections: readonly BenchSection[],
  base: Omit<JsonReport, 'format' | 'figures' | 'units'>,
): JsonReport {
  const figures: Record<string, FigureValue> = {};
  const units: Record<string, string> = {};
  for (const f of sections.flatMap((s) => s.figures)) {
    figures[f.key] = f.value;
    if (f.unit !== '') units[f.key] = f.unit;
  }
  return { format: 'exposure-check-bench/1', ...base, figures, units };
}

/** The same table as Markdown (for docs/performance.md): one table per benchmark, notes as a list. */
export function formatMarkdown(sections: readonly BenchSection[]): string {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`### ${section.title}`, '', '| Figure | Value | Unit |', '| --- | ---: | --- |');
    for (const f of section.figures) out.push(`| ${f.label} | ${formatValue(f.value)} | ${f.unit} |`);
    out.push('');
    for (const note of section.notes) out.push(`- ${note}`);
    if (section.notes.length > 0) out.push('');
  }
  return out.join('\n');
}
