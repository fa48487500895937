// The difference between two validated journeys, matched by touchpoint id: what `cjm diff` prints,
// what a map with `baseline:` draws (ghost curve, deltas, dropped touchpoints) and what the gap
// lint reads. One model of change for all three.

/** A score on one side; null where the touchpoint has none (or is missing on that side). */
export interface FromTo<T> {
  from: T | null;
  to: T | null;
}

export interface TouchpointRef {
  id: string;
  name: string;
  stageId: string;
  emotion: number | null;
}

export interface TouchpointMove {
  id: string;
  name: string;
  /** Stage ids. */
  from: string;
  to: string;
}

export interface TouchpointEdit {
  id: string;
  /** Name in the new map (the old one is in `renamed` when it changed). */
  name: string;
  stageId: string;
  /** Every field whose value differs, in model order: `name` for a rename, `emotion` for a score. */
  fields: string[];
  renamed?: { from: string; to: string };
  /** Present only when the score changed; raw scores, each on its own map's scale. */
  emotion?: FromTo<number>;
}

export type StageStatus = 'added' | 'removed' | 'kept';

export interface StageChange {
  id: string;
  /** Name in the new map (the old one for a removed stage). */
  name: string;
  status: StageStatus;
  /** Fields of the stage itself that differ (kept stages only); `touchpoints` when its order changed. */
  fields: string[];
  average: FromTo<number>;
}

export interface ValleyRef {
  touchpointId: string;
  name: string;
  stageId: string;
  /** The valley's score on the side where it is (or was) a valley. */
  emotion: number;
  /** Whose curve the valley is on, on a map with several personas: the persona's id and name. */
  persona?: { id: string; name: string };
  /** A closed valley whose touchpoint is gone from the new map. */
  dropped?: boolean;
}

/** A pain or opportunity, owned by a touchpoint or by a whole stage. */
export interface ItemRef {
  owner: 'touchpoint' | 'stage';
  /** The owner's id and name (on the side where the item is). */
  id: string;
  name: string;
  text: string;
}

export interface ItemChanges {
  added: ItemRef[];
  removed: ItemRef[];
}

/** One touchpoint of either map, with its score on each side. */
export interface TimelineEntry {
  id: string;
  name: string;
  /** Its stage in the new map (in the old one for a removed touchpoint). */
  stageId: string;
  status: 'kept' | 'added' | 'removed';
  emotion: FromTo<number>;
}

export interface JourneyChange {
  /** Titles of the two maps. */
  titles: { from: string; to: string };
  /** Emotion scales of the two maps; when they differ, scores are compared after rescaling. */
  scales: { from: [number, number]; to: [number, number] };
  /** Journey-level fields (title, persona, emotionScale…) that differ. */
  fields: string[];
  touchpoints: {
    /** In new-map order. */
    added: TouchpointRef[];
    /** In old-map order. */
    removed: TouchpointRef[];
    moved: TouchpointMove[];
    changed: TouchpointEdit[];
  };
  /** Every touchpoint of either map: new-map order, a removed one right after the touchpoint it followed. */
  timeline: TimelineEntry[];
  /** Every stage of either map: new-map order, a removed stage after the stage it followed. */
  stages: StageChange[];
  valleys: { opened: ValleyRef[]; closed: ValleyRef[] };
  pains: ItemChanges;
  opportunities: ItemChanges;
  /** False when the two maps hold the same model (nothing above lists a change). */
  differs: boolean;
}
