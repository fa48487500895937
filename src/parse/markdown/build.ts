// Assembles spec-shaped data from the blocks of a Markdown body: `#` is the title, `##` a
// stage, `###` a touchpoint; bullets fill fields and paragraphs become descriptions.
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js';
import type { Problem } from '../../diagnostics/codes.js';
import { diagnosticAt } from '../../diagnostics/codes.js';
import type { Block } from './blocks.js';
import type { FrontMatter } from './front-matter.js';
import type { Positions } from './positions.js';
import type { BuildContext, Owner, Section } from './items.js';
import { readChild, readField } from './items.js';
import { headingParts } from './heading.js';
import { cover, unescapeMarkdown } from './text.js';
import { scaleOf } from './values.js';
import { mdProblems } from './problems.js';

export interface Built {
  data: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** Opens a stage or touchpoint at a `##` / `###` heading. */
function openSection(ctx: BuildContext, kind: Section['kind'], path: Section['path'], block: Extract<Block, { kind: 'heading' }>): Section {
  const { name, id } = headingParts(block.content);
  const section: Section = { kind, data: {}, path, prose: [], seen: new Map(), steps: new Map() };
  ctx.positions.set(path, block.span);
  if (name) {
    section.data.name = name.text;
    ctx.positions.set([...path, 'name'], name.span);
  }
  if (id) {
    section.data.id = id.text;
    section.seen.set('id', id.span);
    ctx.positions.set([...path, 'id'], id.span);
  }
  if (kind === 'stage') section.data.touchpoints = [];
  return section;
}

/** Paragraphs under a heading become its description, one blank line between them. */
function closeSection(ctx: BuildContext, section: Section): void {
  const first = section.prose[0];
  const last = section.prose[section.prose.length - 1];
  if (!first || !last) return;
  const bullet = section.seen.get('description');
  if (bullet) {
    ctx.report(mdProblems.duplicateDescription(section.kind, bullet.line), first.piece.span);
    return;
  }
  section.data.description = section.prose.map((p) => (p.verbatim ? p.piece.text : unescapeMarkdown(p.piece.text))).join('\n\n');
  ctx.positions.set([...section.path, 'description'], cover(first.piece.span, last.piece.span));
}

/** Where the reader is: the stage and the section (stage or touchpoint) that bullets and text go to. */
interface State {
  ctx: BuildContext;
  front: FrontMatter;
  stages: Record<string, unknown>[];
  sections: Section[];
  section?: Section;
  stage?: Section;
  /** Set after a misplaced heading or list: what follows it is skipped until the next heading. */
  parked: boolean;
  /** From a `#` heading. */
  title?: string;
}

function readHeading(state: State, block: Extract<Block, { kind: 'heading' }>): void {
  const { ctx, front, stages, stage } = state;
  state.parked = false;
  if (block.level === 1) {
    const name = headingParts(block.content).name;
    if (stage) ctx.report(mdProblems.misplacedTitle(), block.span);
    else if (state.title !== undefined) ctx.report(mdProblems.duplicateTitle(), block.span);
    else if (name && typeof front.data.title === 'string' && front.data.title !== name.text) {
      ctx.report(mdProblems.titleMismatch(name.text, front.data.title), name.span);
    } else if (name) {
      state.title = name.text;
      if (front.data.title === undefined) ctx.positions.set(['title'], name.span);
    }
    state.section = undefined;
    state.parked = Boolean(stage);
  } else if (block.level === 2) {
    // What YAML points at with its `stages:` key (e.g. "no emotion scores"): the first stage.
    if (stages.length === 0) ctx.positions.set(['stages'], block.span);
    state.stage = openSection(ctx, 'stage', ['stages', stages.length], block);
    stages.push(state.stage.data);
    state.sections.push(state.stage);
    state.section = state.stage;
  } else if (block.level === 3 && stage) {
    const touchpoints = stage.data.touchpoints as unknown[];
    state.section = openSection(ctx, 'touchpoint', [...stage.path, 'touchpoints', touchpoints.length], block);
    touchpoints.push(state.section.data);
    state.sections.push(state.section);
  } else if (block.level === 3) {
    ctx.report(mdProblems.touchpointOutsideStage(headingParts(block.content).name?.text), block.span);
    state.parked = true;
  } else {
    ctx.report(mdProblems.headingLevel(block.level), block.span);
  }
}

/** Ids of the custom lanes the front matter declares (validation reports lanes that are not well formed). */
function laneIds(declared: unknown): string[] {
  if (!Array.isArray(declared)) return [];
  return declared.flatMap((lane: unknown) => {
    const id = lane !== null && typeof lane === 'object' ? (lane as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/** `columns` turns a span in UTF-16 columns into one in code points, as diagnostics count them. */
export function buildSpec(blocks: readonly Block[], front: FrontMatter, file: string, positions: Positions, columns: (s: Span) => Span): Built {
  const diagnostics: Diagnostic[] = [];
  const report = (problem: Problem, at: Span) => diagnostics.push(diagnosticAt(problem, file, columns(at)));
  const ctx: BuildContext = { scale: scaleOf(front.data.emotionScale), lanes: laneIds(front.data.lanes), positions, report };
  const state: State = { ctx, front, stages: [], sections: [], parked: false };
  let owner: Owner = { kind: 'ignore' };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      owner = { kind: 'ignore' };
      readHeading(state, block);
    } else if (state.parked) {
      // a parked block belongs to no section: skip it
    } else if (block.kind === 'text') {
      owner = { kind: 'ignore' };
      if (state.section) state.section.prose.push({ piece: block.content, verbatim: block.verbatim });
      else report(mdProblems.textOutsideStage(), block.content.span);
    } else if (!state.section) {
      report(mdProblems.itemOutsideStage(), block.span);
      state.parked = true;
    } else if (block.depth === 0) owner = readField(ctx, state.section, block.content, block.span);
    else owner = readChild(ctx, owner, block.content, block.depth);
  }
  for (const s of state.sections) closeSection(ctx, s);

  const data: Record<string, unknown> = { ...front.data };
  if (state.title !== undefined && data.title === undefined) data.title = state.title;
  if (Object.hasOwn(front.data, 'stages')) {
    // Front matter positions already count code points.
    diagnostics.push(diagnosticAt(mdProblems.stagesInFrontMatter(), file, front.locate(['stages'], 'key')));
  }
  if (state.stages.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    const last = blocks[blocks.length - 1];
    report(mdProblems.noStages(), last ? (last.kind === 'text' ? last.content.span : last.span) : { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  data.stages = state.stages;
  return { data, diagnostics };
}
