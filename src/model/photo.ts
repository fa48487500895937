// A persona's photo once compile has read it: the bytes travel as data through layout into the
// scene (an image node), so layout and the renderers never open a file.

export type PhotoType = 'image/png' | 'image/jpeg';

export interface PersonaPhoto {
  type: PhotoType;
  /** The file's bytes, base64 (what a data: URI and the PDF writer both start from). */
  base64: string;
}

/** Photos by persona id; a persona without one is drawn with its initial. */
export type PersonaPhotos = Readonly<Record<string, PersonaPhoto>>;

/** The photo as a `data:` URI: the only form in which SVG and HTML output refer to it. */
export const photoUri = (photo: PersonaPhoto): string => `data:${photo.type};base64,${photo.base64}`;
