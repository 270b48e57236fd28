// The command table: one entry per `galley` subcommand, in the order `--help` lists them.
import { checkCommand } from './check';
import { cleanCommand } from './clean';
import type { Command } from './command';
import { compareCommand, compareUsage } from './compare';
import { exportCommand, exportUsage } from './export';
import { segmentCommand } from './segment';

export const COMMANDS: readonly Command[] = [
  segmentCommand,
  cleanCommand,
  {
    name: 'export',
    summary: 'write the export files of a project backup',
    usage: exportUsage,
    run: exportCommand,
  },
  {
    name: 'compare',
    summary: 'review figures (CER and edits) of a raw and a corrected text',
    usage: compareUsage,
    run: compareCommand,
  },
  checkCommand,
];

export type { Command };
