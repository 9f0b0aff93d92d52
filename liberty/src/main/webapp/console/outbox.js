// The tablet's outbox: the inspections recorded on this device wait here until the server has
// stored them. IndexedDB keeps them through a lost network, a reload and a closed browser; each
// carries the id the device gave it, so sending it again (after a timeout whose answer never
// came) stores it once. Also keeps the desk — the checkpoint and the recorder signed in at it —
// so that the page works offline after a reload.

const DB_NAME = "shaodian-console";
const OUTBOX = "outbox";
const SETTINGS = "settings";

let opening = null;

function db() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(OUTBOX, { keyPath: "id" });
        store.createIndex("queuedAt", "queuedAt");
        request.result.createObjectStore(SETTINGS, { keyPath: "key" });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opening;
}

/** Runs `work(store)` in a transaction and resolves with its result once the transaction commits. */
async function inStore(name, mode, work) {
  const database = await db();
  return new Promise((resolve, reject) => {
    const tx = database.transaction(name, mode);
    let result;
    const request = work(tx.objectStore(name));
    if (request) {
      request.onsuccess = () => {
        result = request.result;
      };
    }
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Queues an inspection (its form, as POST /inspection-batches takes it): { id, form, state:
 * "pending" | "rejected", problem, queuedAt }.
 */
export function queue(form) {
  const entry = { id: form.id, form, state: "pending", problem: null, queuedAt: Date.now() };
  return inStore(OUTBOX, "readwrite", (s) => s.put(entry)).then(() => entry);
}

/** Everything in the outbox, oldest first. */
export function entries() {
  return inStore(OUTBOX, "readonly", (s) => s.index("queuedAt").getAll());
}

/** Takes out what the server has stored (or had already). */
export function remove(ids) {
  return inStore(OUTBOX, "readwrite", (s) => {
    ids.forEach((id) => s.delete(id));
  });
}

/** Marks entries the server refused, with its reason, for the staff to correct or discard. */
export function reject(refusals) {
  return inStore(OUTBOX, "readwrite", (s) => {
    refusals.forEach(({ entry, problem }) => s.put({ ...entry, state: "rejected", problem }));
  });
}

/** A setting kept on this device (the desk), or undefined. */
export async function setting(key) {
  const row = await inStore(SETTINGS, "readonly", (s) => s.get(key));
  return row ? row.value : undefined;
}

export function saveSetting(key, value) {
  return inStore(SETTINGS, "readwrite", (s) =>
    value === undefined ? s.delete(key) : s.put({ key, value }),
  );
}
