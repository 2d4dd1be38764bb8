/**
 * What the lead puts on the projector besides the round: the join code again, one reaction alone
 * (the spotlight), and which page of a long list. Pure, so the cockpit and the projector count the
 * same pages from the same view.
 */
export interface ProjectorFocus {
  /** The join code and QR code, large, over everything else. */
  join: boolean;
  /** A reaction shown alone; ignored once it is no longer readable on the projector. */
  spotlightId: string | null;
  /** The lead's page counter; the projector shows the nearest page that exists. */
  page: number;
}

export const NO_FOCUS: ProjectorFocus = { join: false, spotlightId: null, page: 0 };

/**
 * A projector page holds at most nine reactions (three rows of three) and, past its first, at most
 * this many characters: nine short ones, or fewer long ones. Sized so that a page fits 1920x1080,
 * 1280x720 and 1024x768 with reaction text at 28 px or more at 1080p (and as large a share of the
 * screen on the others); the projector scales its type within that (use-fit-scale.ts).
 */
export const PROJECTOR_PAGE = { reactions: 9, characters: 650 } as const;

interface Readable {
  text: string;
  visibility: string;
}

/**
 * The reactions of a view the projector lists, before paging: in a response phase the answered
 * round's first (the questions being answered, with the case owner's labels), then the round's own.
 */
export function projectorList<T>(view: { reactions: readonly T[]; answered: { reactions: readonly T[] } | null }): T[] {
  return [...(view.answered?.reactions ?? []), ...view.reactions];
}

/** The reactions the projector shows: revealed ones (never pending, hidden or withdrawn). */
export function projected<T extends Readable>(reactions: readonly T[]): T[] {
  return reactions.filter((reaction) => reaction.visibility === "revealed");
}

/** The projected reactions in pages, in their order; no reactions make no pages. */
export function projectorPages<T extends Readable>(reactions: readonly T[]): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let characters = 0;
  for (const reaction of projected(reactions)) {
    const full =
      page.length >= PROJECTOR_PAGE.reactions ||
      (page.length > 0 && characters + reaction.text.length > PROJECTOR_PAGE.characters);
    if (full) {
      pages.push(page);
      page = [];
      characters = 0;
    }
    page.push(reaction);
    characters += reaction.text.length;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The index of the page shown for the lead's counter: the last one when the list has shrunk. */
export function shownPage(page: number, pageCount: number): number {
  return Math.max(0, Math.min(page, pageCount - 1));
}

/** The reaction in the spotlight, if it is still one the projector may show. */
export function spotlighted<T extends Readable & { id: string }>(focus: ProjectorFocus, reactions: readonly T[]) {
  return focus.spotlightId === null
    ? null
    : (projected(reactions).find((each) => each.id === focus.spotlightId) ?? null);
}
