// The publisher's programmatic surface, for the e2e tests, `npm start` and the benchmarks.
export { runCli } from './cli.ts';
export { EXIT, type CliIo } from './cli-errors.ts';
export {
  buildSource,
  StrictModeError,
  type BuildOptions,
  type BuildProgress,
  type BuildReport,
} from './build/build-source.ts';
export { PlanError, type BuildPlan, type PlanInput, type PublishScheme } from './build/build-plan.ts';
export type { PlanDraft } from './build/plan-draft.ts';
export { resolvePlan } from './build/resolve-plan.ts';
export { fileSink, type OutputSink } from './build/output-sink.ts';
export { startServer, type RunningServer, type ServeOptions } from './serve/start-server.ts';
export { runDemo, type DemoOptions, type DemoResult, type DemoSample } from './demo/run-demo.ts';
export { workingKinds } from './demo/demo-kinds.ts';
export { demoPeople, writeDemoCsv } from './demo/write-demo-csv.ts';
export { writeSha1Dump } from './demo/write-sha1-dump.ts';
export { privacyRows, privacyTableMarkdown } from './privacy/privacy-table.ts';
