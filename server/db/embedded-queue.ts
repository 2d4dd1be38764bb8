import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The order in which the embedded database takes the protocol messages of its connections.
 *
 * PGlite has one session; pglite-socket serves many connections from it through one queue, which
 * (as of 0.2.18) takes each message on its own and keeps a connection's turn only while a
 * transaction is open. But an extended-protocol query (Parse, Bind, Describe, Execute, Sync) is no
 * transaction: with two connections busy at once, one's Parse replaced the other's unnamed
 * statement between its Parse and its Bind ("unnamed prepared statement does not exist", or a
 * query bound to the other's statement), and one's BEGIN could land inside the other's batch.
 * Kring's tests hit it on a busy machine, and `npm run db:*` beside a running server could.
 * Upstream: electric-sql/pglite issue #1046 and pull request #977; drop this file once a release
 * keeps a batch together.
 *
 * This queue keeps a connection's turn from its first message until its batch ends (a Sync, a
 * simple Query, a Terminate or the startup message), and for as long as a transaction it opened
 * stays open. A message that fails is answered as failed without stopping the queue.
 */
interface Entry {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/** Messages after which the same connection's next message belongs to the same batch. */
const CONTINUES_BATCH = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));

export class WholeBatchQueue {
  private queue: Entry[] = [];
  private processing = false;
  /** The connection whose batch or transaction is under way: only its messages go next. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (;;) {
        const index = this.owner === null ? 0 : this.queue.findIndex((entry) => entry.handlerId === this.owner);
        // Empty, or the owner's next message has not arrived yet: the next enqueue goes on.
        const [entry] = index === -1 ? [] : this.queue.splice(index, 1);
        if (!entry) return;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(entry.message, {
              onRawData: (data) => {
                bytes += data.length;
                entry.onData(data);
              },
            }),
          );
          entry.resolve(bytes);
        } catch (error) {
          entry.reject(error);
        }
        const batchGoesOn = CONTINUES_BATCH.has(entry.message[0] ?? 0);
        this.owner = batchGoesOn || this.db.isInTransaction() ? entry.handlerId : null;
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  /** A connection that went away: its waiting messages fail, and its turn ends. */
  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((entry) => {
      if (entry.handlerId !== handlerId) return true;
      entry.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /** After a connection went away: roll back what it left open, and let the others go on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    await this.processQueue();
  }
}

/** Puts the whole-batch queue in place of the server's own; before `start()`, as connections take it then. */
export function keepBatchesWhole(server: PGLiteSocketServer, db: PGlite): void {
  (server as unknown as { queryQueue: WholeBatchQueue }).queryQueue = new WholeBatchQueue(db);
}
