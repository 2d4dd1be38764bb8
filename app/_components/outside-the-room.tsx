"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** The screens of a live room: a participant's, and the projector (a window of its own). */
const ROOM = /^\/(live\/[^/]+|sessions\/[^/]+\/projector)\/?$/;

/**
 * Shows its children (the site's header) everywhere but in a live room: a participant sees the
 * session only, without sign-up links, and the projector has nothing behind it to tab into.
 */
export function OutsideTheRoom({ children }: { children: ReactNode }) {
  return ROOM.test(usePathname() ?? "") ? null : children;
}
