// Polls until a condition holds: a child process, a server or a loaded CI machine takes its
// time, so tests wait for what they need instead of sleeping a fixed while.

export async function waitFor(
  what: string,
  ok: () => boolean | Promise<boolean>,
  ms = 20_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
