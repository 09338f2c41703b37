import { userEvent } from 'storybook/test';

/** A point inside `element`, as fractions of its width and height from the top-left corner. */
export function pointIn(element: Element, x: number, y: number): { clientX: number; clientY: number } {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width * x, clientY: box.top + box.height * y };
}

/** Presses the primary mouse button on `from`, moves to each point over `over`, and lets go. */
export async function mouseDrag(from: Element, start: { clientX: number; clientY: number }, over: Element, moves: Array<{ clientX: number; clientY: number }>): Promise<void> {
  await userEvent.pointer([{ keys: '[MouseLeft>]', target: from, coords: start }, ...moves.map((coords) => ({ target: over, coords })), { keys: '[/MouseLeft]', target: over, coords: moves.at(-1) ?? start }]);
}
