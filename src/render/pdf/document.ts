// The pdfkit document around the drawing: metadata, and everything that makes two builds of the same
// spec byte-identical (a fixed creation date and a document /ID derived from the file's own bytes).
import { createHash } from 'node:crypto';

export type PdfKitConstructor = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

export interface DocumentMeta {
  title: string;
  author?: string;
  /** BCP 47 tag of the text, written as the document's /Lang. */
  lang: string;
}

/** Every build claims the same creation date (2000-01-01): the output depends on the spec, not the clock. */
export const FIXED_CREATION_TIME = Date.UTC(2000, 0, 1, 0, 0, 0);
const ID_BYTES = 16;
const ID_PLACEHOLDER = '0'.repeat(ID_BYTES * 2);

/** pdfkit internals this module relies on, pinned with the pdfkit version (0.20.2). */
interface PdfKitInternals {
  /** The trailer's /ID; pdfkit derives it from the info dictionary. */
  _id: Uint8Array;
  /** Writes an XMP packet in which pdfkit pastes title and author without XML escaping. */
  endMetadata(): void;
}

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Uint8Array>;
}

export function openDocument(PDFDocument: PdfKitConstructor, meta: DocumentMeta): OpenDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // 1.4: the map uses transparency (valley bands, stage tints).
    pdfVersion: '1.4',
    compress: true,
    lang: meta.lang,
    // A structure tree (see tags.ts) and /MarkInfo << /Marked true >>: readable by screen readers.
    tagged: true,
    displayTitle: true,
    // No default font: pdfkit would otherwise parse Helvetica's metrics for nothing.
    font: null as unknown as string,
    info: {
      Title: meta.title,
      ...(meta.author ? { Author: meta.author } : {}),
      Subject: 'Customer journey map',
      Creator: 'cjm',
      Producer: 'cjm',
      CreationDate: new Date(FIXED_CREATION_TIME),
    },
  });
  const internals = doc as unknown as PdfKitInternals;
  internals._id = new Uint8Array(ID_BYTES);
  // The info dictionary (escaped properly by pdfkit) carries the same metadata; an XMP packet built
  // from unescaped user text could be malformed XML, so none is written.
  internals.endMetadata = () => undefined;
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return {
    doc,
    async finish() {
      doc.end();
      await ended;
      return withContentId(Buffer.concat(chunks));
    },
  };
}

/**
 * Replaces the placeholder /ID in the trailer with a hash of the file's bytes: identical files get
 * identical IDs, and any change in content gives a new one (no randomness, unlike pdfkit's default).
 */
export function withContentId(bytes: Uint8Array): Uint8Array {
  const placeholder = `<${ID_PLACEHOLDER}> <${ID_PLACEHOLDER}>`;
  const tailStart = Math.max(0, bytes.length - 4096);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailStart, bytes.length - tailStart).toString('latin1');
  const at = tail.lastIndexOf(placeholder);
  if (at < 0) throw new Error('renderPdf: trailer /ID placeholder not found (pdfkit changed?)');
  const id = createHash('sha256')
    .update(bytes)
    .digest('hex')
    .slice(0, ID_BYTES * 2);
  const out = Uint8Array.from(bytes);
  out.set(Buffer.from(`<${id}> <${id}>`, 'latin1'), tailStart + at);
  return out;
}
