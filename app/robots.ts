import type { MetadataRoute } from "next";

/** Nothing in Kring is for search engines: sessions, join pages and share links least of all. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: "/" } };
}
