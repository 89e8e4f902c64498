// Service worker entry. MV3 may stop this worker at any moment, so listeners are registered
// synchronously at top level (inside startBackground) and no state lives only in memory.
import { extensionApi } from '../platform/browser.ts';
import { startBackground } from './start-background.ts';

startBackground(extensionApi);
