/** One `galley` subcommand. `run` writes to stdout/stderr itself and returns the exit code. */
export interface Command {
  name: string;
  /** One line for `galley --help`. */
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}
