// Persona photos (`image:`): compile reads them here, through src/io/photo.ts, before layout, and
// hands them on as data (layout never opens a file). Every problem is an error at the `image:` value.
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { diagnosticAt, problems } from './diagnostics/codes.js';
import type { Problem } from './diagnostics/codes.js';
import type { Journey } from './model/journey.js';
import type { PersonaPhoto, PersonaPhotos } from './model/photo.js';
import type { ParsedSource } from './parse/source.js';
import type { PhotoRead } from './io/photo.js';
import { readPhoto } from './io/photo.js';
import { ioReason } from './io/reason.js';

export interface PhotoOptions {
  /** The spec's name as given (relative to `cwd`), or `<stdin>`. */
  file?: string;
  /** The spec's absolute path, when known. */
  path?: string;
  cwd: string;
  /** Reads one photo (default: readPhoto, from disk); a test may count or refuse reads. */
  read?: (named: string, specFolder: string) => PhotoRead;
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function problemFor(read: Exclude<PhotoRead, { ok: true }>, named: string): Problem {
  switch (read.problem) {
    case 'not-local':
      return problems.imageNotLocal(named);
    case 'missing':
      return problems.imageMissing(named);
    case 'outside':
      return problems.imageOutside(named, read.detail === 'repository' ? 'repository' : 'folder');
    case 'too-large':
      return problems.imageTooLarge(named, Number(read.detail));
    case 'too-many-pixels':
      return problems.imageTooManyPixels(named, read.detail ?? '');
    case 'not-image':
      return problems.imageNotPngOrJpeg(named);
    case 'unreadable':
      return problems.imageUnreadable(named, ioReason(read.error));
  }
}

/** Reads every persona's photo; the photos come back by persona id. Photos are relative to the spec's folder (the working folder for stdin). */
export function resolvePhotos(journey: Journey, source: ParsedSource | undefined, options: PhotoOptions): { photos: PersonaPhotos; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const photos: [string, PersonaPhoto][] = [];
  if (!journey.personas.some((p) => p.image !== undefined)) return { photos: {}, diagnostics };
  const file = options.file ?? '<stdin>';
  const specPath = options.path ?? (file === '<stdin>' ? undefined : resolve(options.cwd, file));
  const folder = specPath === undefined ? options.cwd : dirname(resolve(options.cwd, specPath));
  const data = source?.data;
  // `persona:` (one) or `personas:` (a list): the model keeps the order either way.
  const single = typeof data === 'object' && data !== null && Object.hasOwn(data, 'persona');
  const read = options.read ?? readPhoto;
  journey.personas.forEach((persona, i) => {
    if (persona.image === undefined) return;
    const result = read(persona.image, folder);
    if (result.ok) {
      photos.push([persona.id, { type: result.type, base64: result.bytes.toString('base64') }]);
      return;
    }
    const span = source?.locate(single ? ['persona', 'image'] : ['personas', i, 'image'], 'value') ?? START;
    diagnostics.push(diagnosticAt(problemFor(result, persona.image), file, span));
  });
  return { photos: Object.fromEntries(photos), diagnostics };
}
