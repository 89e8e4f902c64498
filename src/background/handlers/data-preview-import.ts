import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { planImport } from '../import/plan-import.ts';
import { validImportFile } from './data-import.ts';

/** What importing the file would change; nothing is written. */
export const dataPreviewImport: Handler<'ui/data.previewImport', BackgroundDeps> = async ({ file }, deps) => {
  const plan = await planImport(await deps.settings.get(), validImportFile(file), deps.builtInSources);
  return { preview: plan.preview };
};
