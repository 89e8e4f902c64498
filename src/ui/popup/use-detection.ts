import { lazyModule } from '../shared/lazy-module.ts';

export type Detection = typeof import('./read-identifier.ts');

/**
 * Detection and validation (every parser, and libphonenumber's metadata, the largest part of the popup)
 * load right after the first render: the field takes typing at once, and the reading follows when the
 * chunk is there, normally before the first key is pressed.
 */
const detection = lazyModule<Detection>(() => import('./read-identifier.ts'));

export const loadDetection = detection.load;
export const useDetection = detection.use;
