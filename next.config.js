/** @type {import('next').NextConfig} */
const nextConfig = {
  // The custom server (server/index.ts) owns the HTTP server; Next only renders pages.
  poweredByHeader: false,
  reactStrictMode: true,
  // Packages that must stay plain Node modules instead of being bundled into server chunks.
  // pdfkit and fontkit (the PDF report) load their data files and fonts from disk at run time.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "pdfkit",
    "fontkit",
  ],
  typedRoutes: false,
  // Every page's <title> in its <head> from the first byte, for every browser: streamed metadata
  // (Next's default for browsers) left a page briefly without a title after a form's server
  // action, and a screen reader announces the title when a page loads.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
