import type { MetadataRoute } from "next";

/**
 * Kring as an installed app: a facilitator opens the cockpit and the projector in windows of their
 * own, without the browser's bars (the projector then goes full screen with F).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kring",
    short_name: "Kring",
    description: "Intervisie, live: lessen, reacties en actiepunten. / Intervision, live.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#faf7f2",
    theme_color: "#0d5c63",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
