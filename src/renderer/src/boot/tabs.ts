// One tab at a time works on the project. Two tabs of the browser build share one
// IndexedDB, and each would write its own in-memory pages over the other's corrections,
// so the first tab holds a Web Lock; another tab waits and, when the archivist asks, tells
// the holder (BroadcastChannel) to save and let go, then takes the lock itself.

const LOCK = 'galley-project';
const CHANNEL = 'galley-tabs';
const RETRIES = 5;
const RETRY_MS = 200;

export interface TabClaim {
  /** False when another tab held the project at start: call takeOver() to have it. */
  readonly first: boolean;
  /** Asks the tab that holds the project to save and let go; resolves when this tab holds it. */
  takeOver(): Promise<void>;
  /** Called when another tab takes over; the lock goes once `letGo` has resolved (work saved). */
  onLost(letGo: () => Promise<void>): void;
}

type Message = { type: 'take-over' };

export async function claimTab(
  locks: LockManager | undefined = navigator.locks,
  makeChannel: () => BroadcastChannel = () => new BroadcastChannel(CHANNEL),
): Promise<TabClaim> {
  if (!locks) {
    // No Web Locks (an old browser): nothing to coordinate with, as before.
    return { first: true, takeOver: () => Promise.resolve(), onLost: () => {} };
  }
  const channel = makeChannel();
  let lost: () => Promise<void> = () => Promise.resolve();
  let release: (() => void) | undefined;

  /** Holds the lock until a take-over: resolves `granted` once it is ours. */
  const hold = (granted: () => void) => (lock: Lock | null) => {
    if (!lock) return false;
    granted();
    return new Promise<boolean>((resolve) => (release = () => resolve(true)));
  };

  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.type !== 'take-over' || !release) return;
    const letGo = release;
    release = undefined;
    void lost().finally(letGo);
  };

  const tryOnce = () =>
    new Promise<boolean>((resolve) => {
      void locks
        .request(
          LOCK,
          { ifAvailable: true },
          hold(() => resolve(true)),
        )
        .then((got) => {
          if (got === false) resolve(false);
        });
    });
  // A reload of this very tab: the page before may not have let go of the lock yet.
  let first = await tryOnce();
  for (let i = 0; !first && i < RETRIES; i++) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    first = await tryOnce();
  }

  return {
    first,
    takeOver() {
      const holding = new Promise<void>((resolve) => {
        void locks.request(LOCK, hold(resolve));
      });
      channel.postMessage({ type: 'take-over' } satisfies Message);
      return holding;
    },
    onLost(letGo) {
      lost = letGo;
    },
  };
}
