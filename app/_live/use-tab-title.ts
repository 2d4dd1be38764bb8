"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The tab's title names the session and its phase, and gets a "● " in front when something the
 * participant should look at changed (`attention`: the phase, a new round, the reveal, their turn)
 * while the tab was in the background. Looking at the tab again takes the mark away.
 */
export function useTabTitle(title: string, attention: string) {
  const [marked, setMarked] = useState(false);
  const seen = useRef(attention);
  useEffect(() => {
    if (attention === seen.current) return;
    seen.current = attention;
    if (document.hidden) setMarked(true);
  }, [attention]);
  useEffect(() => {
    const back = () => {
      if (!document.hidden) setMarked(false);
    };
    document.addEventListener("visibilitychange", back);
    return () => document.removeEventListener("visibilitychange", back);
  }, []);
  useEffect(() => {
    document.title = `${marked ? "● " : ""}${title}`;
  }, [title, marked]);
}
