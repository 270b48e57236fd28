import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '../../../../shared/samples');

export function sample(name: string): string {
  return readFileSync(path.join(dir, name), 'utf8');
}
