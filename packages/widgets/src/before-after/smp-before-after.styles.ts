import { css } from 'lit';
import { visuallyHidden } from '../internal/shared-styles.js';

// One custom property, --_pos (0%–100%, set on .frame), drives both the clip of the
// before image and the divider's transform: moving it costs a paint, never a layout.
export const beforeAfterStyles = css`
  ${visuallyHidden}
  :host {
    --_line: var(--smp-divider-color, #fff);
    --_handle: var(--smp-handle-size, 2.75rem);
    --_radius: var(--smp-radius, 6px);
    display: block;
    font-family: var(--smp-font-family, inherit);
    color: var(--smp-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    margin: 0;
  }
  .frame {
    --_pos: 50%;
    position: relative;
    overflow: hidden;
    aspect-ratio: var(--smp-aspect-ratio, 4 / 3);
    border-radius: var(--_radius);
    background: #d9d9d9;
    /* Horizontal drags belong to the slider; vertical swipes still scroll the page. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: ew-resize;
  }
  :host([orientation='vertical']) .frame {
    touch-action: pan-x;
    cursor: ns-resize;
  }
  :host([handle-only]) .frame {
    touch-action: auto;
    cursor: auto;
  }
  .layer {
    position: absolute;
    inset: 0;
  }
  img,
  ::slotted(img) {
    display: block;
    width: 100%;
    height: 100%;
    /* Both images are framed by the before image's ratio, whatever their own sizes. */
    object-fit: cover;
    pointer-events: none;
  }
  .layer.before {
    clip-path: inset(0 calc(100% - var(--_pos)) 0 0);
  }
  :host(:dir(rtl)) .layer.before {
    clip-path: inset(0 0 0 calc(100% - var(--_pos)));
  }
  :host([orientation='vertical']) .layer.before {
    clip-path: inset(calc(100% - var(--_pos)) 0 0 0);
  }
  .divider {
    position: absolute;
    inset: 0;
    pointer-events: none;
    transform: translateX(var(--_pos));
  }
  :host(:dir(rtl)) .divider {
    transform: translateX(calc(-1 * var(--_pos)));
  }
  :host([orientation='vertical']) .divider {
    transform: translateY(calc(-1 * var(--_pos)));
  }
  .divider::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--smp-divider-width, 2px) / -2);
    width: var(--smp-divider-width, 2px);
    background: var(--_line);
    box-shadow: 0 0 3px rgb(0 0 0 / 0.5);
  }
  :host([orientation='vertical']) .divider::before {
    inset: auto 0 calc(var(--smp-divider-width, 2px) / -2) 0;
    width: auto;
    height: var(--smp-divider-width, 2px);
  }
  .handle {
    position: absolute;
    top: 50%;
    inset-inline-start: 0;
    display: grid;
    place-items: center;
    width: var(--_handle);
    height: var(--_handle);
    box-sizing: border-box;
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: var(--smp-handle-background, rgb(0 0 0 / 0.55));
    color: var(--smp-handle-color, #fff);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
    pointer-events: auto;
    touch-action: pan-y;
    cursor: grab;
    translate: -50% -50%;
  }
  :host(:dir(rtl)) .handle {
    translate: 50% -50%;
  }
  :host([orientation='vertical']) .handle {
    inset: auto auto 0 50%;
    touch-action: pan-x;
    translate: -50% 50%;
    rotate: 90deg;
  }
  .handle:active {
    cursor: grabbing;
  }
  .handle:focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
  .handle svg {
    width: 60%;
    height: 60%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .label {
    position: absolute;
    top: 0.75rem;
    padding: 0.2rem 0.55rem;
    border-radius: var(--_radius);
    background: var(--smp-label-background, rgb(0 0 0 / 0.6));
    color: var(--smp-label-color, #fff);
    font-size: 0.85rem;
    line-height: 1.3;
    pointer-events: none;
  }
  .label.before {
    inset-inline-start: 0.75rem;
  }
  .label.after {
    inset-inline-end: 0.75rem;
  }
  :host([orientation='vertical']) .label {
    inset-inline: 0.75rem auto;
  }
  :host([orientation='vertical']) .label.before {
    top: auto;
    bottom: 0.75rem;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin-top: 0.6rem;
    line-height: 1.45;
  }
  .sessions {
    color: var(--smp-color-muted, #555);
  }
  ul {
    display: contents;
  }
  .placeholder {
    cursor: auto;
  }
`;
