/** The application name that marks a connection URL as the embedded database's (embedded.ts). */
const EMBEDDED_APPLICATION_NAME = "kring-embedded";

/** The URL that reaches the embedded database served on `address` (host:port). */
export function embeddedDatabaseUrl(address: string): string {
  return `postgresql://postgres@${address}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
}

/** Whether `url` is one that `embeddedDatabaseUrl` made. */
export function isEmbeddedUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}
