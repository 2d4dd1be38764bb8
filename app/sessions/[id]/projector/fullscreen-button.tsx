"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { isTypingTarget } from "@/app/_lib/typing";
import styles from "./projector.module.css";

/** Full screen for the projector (the Fullscreen API), from a button or the F key. */
export function FullscreenButton() {
  const { t } = useI18n();
  const [full, setFull] = useState(false);
  useEffect(() => {
    const changed = () => setFull(document.fullscreenElement !== null);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "f" && event.key !== "F") return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      toggle();
    };
    document.addEventListener("fullscreenchange", changed);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("fullscreenchange", changed);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return (
    <button
      type="button"
      className={`button button-quiet button-small ${styles.fullscreen}`}
      title={t("live.projectorControls.fullscreenHint")}
      onClick={toggle}
      data-testid="fullscreen"
    >
      {t(full ? "live.projectorControls.exitFullscreen" : "live.projectorControls.fullscreen")}
    </button>
  );
}

function toggle() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
