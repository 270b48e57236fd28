// The Yjs update inside an incoming Hocuspocus message, if it carries one, read before the
// server applies it so a role's forbidden change can be refused first. The framing is
// Hocuspocus' (document name, message type) around y-protocols' sync message (sync type,
// payload), all lib0 variable-length encoding.

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The update a sync message carries (step 2 or an update), or null for any other message. */
export function updateIn(message: Uint8Array): Uint8Array | null {
  const reader = { at: 0 };
  try {
    const nameLength = readVarUint(message, reader);
    reader.at += nameLength;
    if (readVarUint(message, reader) !== MESSAGE_SYNC) return null;
    const type = readVarUint(message, reader);
    if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return null;
    const length = readVarUint(message, reader);
    if (reader.at + length > message.length) return null;
    return message.subarray(reader.at, reader.at + length);
  } catch {
    return null;
  }
}

function readVarUint(bytes: Uint8Array, reader: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (reader.at >= bytes.length) throw new RangeError('message cut short');
    const byte = bytes[reader.at++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
    if (scale > 2 ** 53) throw new RangeError('number too large');
  }
}
