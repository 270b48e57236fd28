// Before any end-to-end test: without a browser every test would fail the same way, so
// stop at once with the one line that says what to do.
import { findChromium, noChromiumMessage } from './chromium';

export default function setup(): void {
  if (findChromium()) return;
  console.error(noChromiumMessage());
  process.exit(1);
}
