// Reading a touchpoint's custom lanes (`lanes: {kpi: …}`), shared by layout and the HTML page.
import type { Touchpoint } from './journey.js';

/** A touchpoint's steps in a custom lane; own keys only, so a lane named `constructor` is not Object's. */
export const customLaneSteps = (tp: Touchpoint, laneId: string): string[] | undefined =>
  tp.lanes && Object.hasOwn(tp.lanes, laneId) ? tp.lanes[laneId] : undefined;
