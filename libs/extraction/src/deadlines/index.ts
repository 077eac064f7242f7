export type { DeadlineContext } from './deadline-context';
export { findDeadline, periodOfHeading } from './find-deadline';
