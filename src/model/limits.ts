// The largest spec cjm accepts, in one place (the README's "Limits" table quotes these numbers).
// cjm runs in CI on pull requests, so its input is partly written by strangers: every input is
// bounded, and below these bounds every step costs time and memory near-linear in the input.
// Each limit is far above any real journey map (the biggest example is under 10 KB).

/** Bytes of one spec file, UTF-8 (`spec-too-large`). */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024;

/**
 * Characters of text a YAML document may hold once its aliases are expanded (`alias-limit`): no more
 * than a spec could hold written out, so `*aliases` cannot multiply a big value.
 */
export const MAX_EXPANDED_CHARS = MAX_SPEC_BYTES;

/** Values (mappings, lists, scalars) aliases may add to a YAML document once expanded (`alias-limit`). */
export const MAX_ALIAS_VALUES = 10_000;

/** Characters (code units) of one text field: a title, a thought, one pain point, a key (`text-too-long`). */
export const MAX_TEXT_LENGTH = 10_000;

/** Touchpoints in one map, over all stages (`too-many-touchpoints`). */
export const MAX_TOUCHPOINTS = 20_000;

/** Stages in one map (`too-many-stages`). */
export const MAX_STAGES = 1_000;

/** Diagnostics reported for one file; the rest are counted in one `too-many-diagnostics` line. */
export const MAX_DIAGNOSTICS = 100;

/** Alternatives one glob's `{a,b}` braces may expand into (a usage error beyond). */
export const MAX_BRACE_EXPANSIONS = 1_000;

/** How deep `{…}` may nest in one glob. */
export const MAX_BRACE_DEPTH = 10;

/** Bytes of one persona photo (`image-too-large`): a portrait drawn 56 px wide needs far less. */
export const MAX_PHOTO_BYTES = 1024 * 1024;

/** Pixels on either side of a persona photo (`image-too-many-pixels`): what viewers must decode stays bounded. */
export const MAX_PHOTO_SIDE = 4096;
