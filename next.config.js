/** @type {import('next').NextConfig} */
const nextConfig = {
  // The custom server (server/index.ts) owns the HTTP server; Next only renders pages.
  poweredByHeader: false,
  reactStrictMode: true,
  // Packages that must stay plain Node modules instead of being bundled into server chunks.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  typedRoutes: false,
};

export default nextConfig;
