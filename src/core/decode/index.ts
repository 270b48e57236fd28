export { decodeFile, type SourceName } from './decodeFile';
export { ENCODING_LABEL } from './labels';
export { sha256Hex } from './sha256';
export { normaliseLineEndings } from './lineEndings';
export {
  MAX_PAGE_BYTES,
  type DecodeResult,
  type DecodedPage,
  type RejectedFile,
  type RejectReason,
} from './types';
