// Source descriptors are validated in core (checkIdentifier's API takes validated descriptors, and core
// cannot import contracts); this module is where the other layers look for them.
export { parseSourceDescriptor, SourceDescriptorError } from '../core/range/index.ts';
export type { SourceDescriptor, BreachRef, RangeScheme, HashParameters } from '../core/range/index.ts';
