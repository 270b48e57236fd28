// `galley`: the command line. Dispatches to the command table in ./commands.
import { isMainThread } from 'node:worker_threads';
import { COMMANDS } from './commands';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  const usages = COMMANDS.map((c) => `  ${c.usage}`).join('\n');
  return `usage: galley COMMAND [options] FILE…\n\ncommands:\n${list}\n\n${usages}\n\nRun "galley COMMAND --help" for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`galley: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  return command.run(args);
}

// The bundle is also the export worker's program (./exportWorker.ts), which runs no command.
if (isMainThread)
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `galley: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
