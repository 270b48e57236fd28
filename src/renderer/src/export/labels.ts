// The words of the export dialog, looked up by code in typed tables (no key built at run time).

import type { ExportFormat } from '../../../core/export';
import type { Key } from '../i18n/keys';
import type { FailureKind } from './exportFailure';

export const FORMAT_KEY = {
  txt: 'export.format.txt',
  md: 'export.format.md',
  jsonl: 'export.format.jsonl',
  tei: 'export.format.tei',
  annotations: 'export.format.annotations',
  csv: 'export.format.csv',
} as const satisfies Record<ExportFormat, Key>;

export const FORMAT_HINT_KEY = {
  txt: 'export.formatHint.txt',
  md: 'export.formatHint.md',
  jsonl: 'export.formatHint.jsonl',
  tei: 'export.formatHint.tei',
  annotations: 'export.formatHint.annotations',
  csv: 'export.formatHint.csv',
} as const satisfies Record<ExportFormat, Key>;

export const FAILURE_KEY = {
  permission: 'export.failure.permission',
  'disk-full': 'export.failure.disk-full',
  'read-only': 'export.failure.read-only',
  'name-too-long': 'export.failure.name-too-long',
  'source-file': 'export.failure.source-file',
  'source-folder': 'export.failure.source-folder',
  'invalid-path': 'export.failure.invalid-path',
  'unknown-target': 'export.failure.unknown-target',
  io: 'export.failure.io',
  cancelled: 'export.failure.cancelled',
  other: 'export.failure.other',
} as const satisfies Record<FailureKind, Key>;
