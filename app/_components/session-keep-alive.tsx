"use client";

import { useEffect } from "react";

const EVERY_MS = 20 * 60 * 1000;

/**
 * Rolling renewal of a signed-in facilitator's session: while a page is open (the cockpit during a
 * long session, say), next-auth's session route is asked now and then, which re-signs the session
 * cookie with a new expiry. Pages rendered on the server cannot set cookies themselves; a session
 * left alone ends after a day (server/auth/next-auth.ts).
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const renew = () => void fetch("/api/auth/session", { credentials: "same-origin" }).catch(() => undefined);
    renew();
    const timer = setInterval(renew, EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return null;
}
