import type { CheckpointConfig } from "./config";
import type { OutboxStore, Queued } from "./outbox";

// IndexedDB on the device: the outbox (one store per office, so two links on one tablet
// never mix) and the cached configuration with its rules.

const DB_NAME = "sigap-pos";
const VERSION = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, VERSION);
  req.onupgradeneeded = () => {
    req.result.createObjectStore("outbox", { keyPath: ["office", "id"] });
    req.result.createObjectStore("config", { keyPath: "office.code" });
  };
  return request(req);
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export class IdbOutboxStore implements OutboxStore {
  private db: Promise<IDBDatabase>;
  constructor(
    private readonly office: string,
    factory: IDBFactory = indexedDB,
  ) {
    this.db = open(factory);
  }

  async list(): Promise<Queued[]> {
    const store = (await this.db).transaction("outbox").objectStore("outbox");
    const rows = await request(store.getAll(IDBKeyRange.bound([this.office, ""], [this.office, "\uffff"])));
    return rows.map(({ office: _, ...item }) => item as Queued);
  }

  async put(item: Queued): Promise<void> {
    const tx = (await this.db).transaction("outbox", "readwrite");
    tx.objectStore("outbox").put({ ...item, office: this.office });
    await done(tx);
  }

  async remove(ids: readonly string[]): Promise<void> {
    const tx = (await this.db).transaction("outbox", "readwrite");
    for (const id of ids) tx.objectStore("outbox").delete([this.office, id]);
    await done(tx);
  }

  async loadConfig(): Promise<unknown> {
    return request((await this.db).transaction("config").objectStore("config").get(this.office));
  }

  async saveConfig(config: CheckpointConfig): Promise<void> {
    const tx = (await this.db).transaction("config", "readwrite");
    tx.objectStore("config").put(config);
    await done(tx);
  }
}
