export { normalizeForDisplay, foldVietnamese, foldKeepingOffsets } from './normalize';
