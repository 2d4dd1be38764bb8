/**
 * Whether a key press belongs to what someone is typing (a field, a list to choose from, an
 * editor): keyboard shortcuts leave those alone.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
