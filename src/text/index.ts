// Text measurement and wrapping: the injected measurer (nomnoml style) and the line breaker.
export type { Measurer, FontWeight } from './measurer.js';
export { tableMeasurer, fontTableMeasurer, createTableMeasurer } from './table-measurer.js';
export { wrapText } from './wrap.js';
export type { WrappedLine } from './wrap.js';
export { hasCjk } from './script.js';
export { clampLines, ELLIPSIS } from './clamp.js';
