/**
 * The treatment facts a before/after result states, so a visitor can judge whether it is typical
 * for someone like them (no zod here: widgets import it). Hair-loss patterns are the Norwood
 * (men) and Ludwig (women) stages; `none` is for results without pattern loss, such as a scar.
 */
export const HAIR_LOSS_PATTERNS = [
  'norwood-1',
  'norwood-2',
  'norwood-3',
  'norwood-3v',
  'norwood-4',
  'norwood-5',
  'norwood-6',
  'norwood-7',
  'ludwig-1',
  'ludwig-2',
  'ludwig-3',
  'alopecia-areata',
  'none',
] as const;

/** Skin types I to VI on the Fitzpatrick scale. */
export const SKIN_TONES = ['fitzpatrick-1', 'fitzpatrick-2', 'fitzpatrick-3', 'fitzpatrick-4', 'fitzpatrick-5', 'fitzpatrick-6'] as const;

export const HAIR_COLOURS = ['black', 'dark-brown', 'brown', 'light-brown', 'blond', 'red', 'grey', 'white'] as const;

/** The longest time between the last session and the "after" photo that a result may state: 10 years. */
export const MAX_WEEKS_SINCE_LAST_SESSION = 520;
