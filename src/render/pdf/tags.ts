// The PDF's structure tree (a tagged PDF, for screen readers and reflow): the title as H1, stage
// names and the side cards' titles as H2, touchpoint names as H3, the persona card as a section,
// the emotion curve as a figure whose alternative text is the map's summary, a persona's photo as
// a figure named after the persona, other text as P.
// Shapes are artifacts (decoration). A node drawn again (a stage header repeated on a later page)
// is tagged once, where it is first drawn, and is an artifact everywhere else.
import type { GroupNode, SceneNode, SceneRole } from '../../layout/scene.js';

const HEADINGS: Partial<Record<SceneRole, string>> = {
  title: 'H1',
  'stage-name': 'H2',
  'persona-name': 'H2',
  'hurts-title': 'H2',
  'legend-title': 'H2',
  'sources-title': 'H2',
  'touchpoint-name': 'H3',
};

export class PdfTags {
  private parent: PDFKit.PDFStructureElement;
  private readonly tagged = new Set<SceneNode>();
  /** A curve broken by unscored touchpoints is several paths: the first is the figure, the rest decoration. */
  private figure = false;
  /** A text element whose text goes on in the next text node (TextNode.continues). */
  private open: { element: PDFKit.PDFStructureElement; tag: string } | undefined;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly figureAlt: string,
  ) {
    this.parent = doc.struct('Document');
    doc.addStructure(this.parent);
  }

  /** Opens the persona's section; returns what closes it (or undefined for any other group). */
  enterGroup(g: GroupNode): (() => void) | undefined {
    if (g.role !== 'persona' || this.tagged.has(g)) return undefined;
    this.tagged.add(g);
    const sect = this.doc.struct('Sect');
    this.parent.add(sect);
    const outer = this.parent;
    this.parent = sect;
    return () => {
      sect.end();
      this.parent = outer;
    };
  }

  /** Starts the marked content of a leaf node; `end` must follow once it is drawn. */
  begin(n: SceneNode): void {
    const curve = n.kind === 'path' && n.role === 'curve' && !this.figure;
    // A photo with words for it (the persona's name) is a figure; one without is decoration.
    const photo = n.kind === 'image' && n.alt !== undefined;
    const tag = n.kind === 'text' ? (HEADINGS[n.role ?? 'action'] ?? 'P') : curve || photo ? 'Figure' : undefined;
    const open = this.open;
    this.open = undefined;
    if (!tag || this.tagged.has(n)) {
      open?.element.end();
      this.doc.markContent('Artifact');
      return;
    }
    this.tagged.add(n);
    if (curve) this.figure = true;
    // The rest of a text that a footnote marker split goes into the same element.
    const joins = open !== undefined && open.tag === tag;
    if (open && !joins) open.element.end();
    const alt = n.kind === 'image' ? n.alt : this.figureAlt;
    const element = joins ? open.element : this.doc.struct(tag, tag === 'Figure' ? { alt } : {});
    if (!joins) this.parent.add(element);
    element.add(this.doc.markStructureContent(tag));
    if (n.kind === 'text' && n.continues) this.open = { element, tag };
    else element.end();
  }

  end(): void {
    this.doc.endMarkedContent();
  }

  /** Ends a text element still waiting for its continuation (none came: it was not drawn). */
  close(): void {
    this.open?.element.end();
    this.open = undefined;
  }

  /** Draws decoration (a page background) as an artifact. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }
}
