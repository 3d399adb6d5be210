/** Whether keyboard focus has fallen back to the page, as it does when the focused element goes. */
const focusIsLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * Focuses what `find` answers once the page has rendered what just changed, unless focus has found
 * a place of its own meanwhile: for a control that went away with the thing it acted on.
 */
export function focusIfLost(find: () => HTMLElement | null | undefined) {
  requestAnimationFrame(() => {
    if (focusIsLost()) find()?.focus();
  });
}
