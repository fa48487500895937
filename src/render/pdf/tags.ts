// The PDF's structure tree (a tagged PDF, for screen readers and reflow): the title as H1, stage
// names and the side cards' titles as H2, touchpoint names as H3, the persona card as a section,
// the emotion curve as a figure whose alternative text is the map's summary, other text as P.
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
    const tag = n.kind === 'text' ? (HEADINGS[n.role ?? 'action'] ?? 'P') : curve ? 'Figure' : undefined;
    if (!tag || this.tagged.has(n)) {
      this.doc.markContent('Artifact');
      return;
    }
    this.tagged.add(n);
    if (curve) this.figure = true;
    const element = this.doc.struct(tag, tag === 'Figure' ? { alt: this.figureAlt } : {});
    this.parent.add(element);
    element.add(this.doc.markStructureContent(tag));
    element.end();
  }

  end(): void {
    this.doc.endMarkedContent();
  }

  /** Draws decoration (a page background) as an artifact. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }
}
