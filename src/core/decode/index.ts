export { decodeFile } from './decodeFile';
export { ENCODING_LABEL } from './labels';
export { sha256Hex } from './sha256';
export { MAX_PAGE_BYTES, type DecodeResult, type DecodedPage, type RejectReason } from './types';
