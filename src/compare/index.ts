// Comparing two journeys: the model of change (diffJourneys) and its readings.
export type * from './change.js';
export { diffJourneys, rescale } from './diff.js';
