// The core runs unchanged in Node 20, Chromium and Electron. It may use only the
// web-platform globals those three share; they are declared here so that the core's
// own tsconfig (no DOM, no Node types) rejects anything else.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
interface TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface SubtleCrypto {
  digest(
    algorithm: 'SHA-256' | 'SHA-1' | 'SHA-512',
    data: ArrayBufferView | ArrayBuffer,
  ): Promise<ArrayBuffer>;
}
interface Crypto {
  readonly subtle: SubtleCrypto;
  randomUUID(): string;
}
declare var crypto: Crypto;
