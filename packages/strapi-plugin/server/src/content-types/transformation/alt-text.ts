/** The parts of an uploaded file the alternative-text rules read. */
export interface MediaFileAlt {
  name?: string | null;
  alternativeText?: string | null;
}

/**
 * The alternative text a visitor gets for an image: the entry's own text for this
 * language when filled in, else the one stored on the file in the Media Library
 * (which is the same in every language).
 */
export function altTextOf(localizedAlt: string | null | undefined, file: MediaFileAlt | null | undefined): string {
  return localizedAlt?.trim() || file?.alternativeText?.trim() || '';
}
