"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * The screens of a live room: a participant's, the projector (a window of its own) and the
 * facilitator's cockpit (/sessions/<id>, not /sessions/new).
 */
const ROOM = /^\/(live\/[^/]+|sessions\/[^/]+\/projector|sessions\/(?!new\/?$)[^/]+)\/?$/;

/**
 * Shows its children (the site's header) everywhere but in a live room: a participant sees the
 * session only, without sign-up links; the projector has nothing behind it to tab into; the
 * cockpit has its own way back to the overview and needs the height on a laptop.
 */
export function OutsideTheRoom({ children }: { children: ReactNode }) {
  return ROOM.test(usePathname() ?? "") ? null : children;
}
