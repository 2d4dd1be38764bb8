import { createServer, type Socket, connect as tcpConnect } from "node:net";

/** Joins two sockets both ways, kept in `open` until either side ends, which ends both. */
function splice(client: Socket, upstream: Socket, open: Set<Socket>) {
  open.add(client);
  open.add(upstream);
  const drop = () => {
    client.destroy();
    upstream.destroy();
    open.delete(client);
    open.delete(upstream);
  };
  client.on("error", drop).on("close", drop);
  upstream.on("error", drop).on("close", drop);
  client.pipe(upstream);
  upstream.pipe(client);
}

/**
 * A small TCP proxy for fault tests: Kring talks to the database through it, and the test cuts the
 * line (every open connection dropped, new ones refused) and restores it. Works on any machine,
 * without stopping the database server that other tests share.
 */
export async function startTcpProxy(targetHost: string, targetPort: number) {
  let cut = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    splice(client, tcpConnect(targetPort, targetHost), open);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    /** Drops every connection and refuses new ones, as a database that went away. */
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      cut = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `url` with its host and port replaced by the proxy's. */
export function throughProxy(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = "127.0.0.1";
  parsed.port = String(port);
  return parsed.toString();
}

/**
 * A small TCP load balancer for tests of several nodes: each new connection goes to the next
 * backend in turn, or to the one after it when that one refuses (a node that was killed). It
 * counts the connections each backend took.
 */
export async function startBalancer(backendPorts: readonly number[]) {
  let next = 0;
  const taken = backendPorts.map(() => 0);
  const open = new Set<Socket>();

  function forward(client: Socket, tries: number) {
    if (tries >= backendPorts.length) {
      client.destroy();
      return;
    }
    const index = next;
    next = (next + 1) % backendPorts.length;
    const upstream = tcpConnect(backendPorts[index] ?? 0, "127.0.0.1");
    let connected = false;
    upstream.once("error", () => {
      if (!connected) forward(client, tries + 1);
    });
    upstream.once("connect", () => {
      connected = true;
      taken[index] = (taken[index] ?? 0) + 1;
      splice(client, upstream, open);
      client.resume();
    });
  }

  const server = createServer({ pauseOnConnect: true }, (client) => forward(client, 0));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    /** Connections each backend has taken so far. */
    taken: () => [...taken],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
