// `galley clean [--rules FILE] [--diff] [--report] FILE…`: each page's text through the
// default cleanup transforms (and the user rules of a rule set file); `--diff` prints what
// changed. What the transforms removed, and any rule stopped for running too long, is said
// on standard error (as one JSON document with `--report`).

import { parseArgs } from 'node:util';
import { cleanText, parseRuleSet, type UserRule } from '../../core/clean';
import { removals, type Removal } from '../../core/clean/report';
import { applyRulesGuarded, RULE_BUDGET_MS } from '../../core/clean/rules';
import { charDiff } from '../../core/diff';
import type { RuleRunProblem } from '../../core/problems';
import { readFailure, readPage, readRegularFile } from '../io';

/** A rule set is a few hundred rules at most; anything larger than this is not one. */
const MAX_RULESET_BYTES = 4 * 1024 * 1024;
import { decodeWarningLine, problemMessage } from '../messages';
import { workerRunner } from '../ruleWorker';
import type { Command } from './command';

export const cleanUsage = 'galley clean [--rules FILE] [--rule-timeout MS] [--diff] [--report] FILE…';

const HELP = `usage: ${cleanUsage}

Prints each page's text cleaned with the default transforms: lines broken at column
width joined, spaces between CJK characters removed, punctuation in CJK context made
full width, continuation marks removed. With several files, each is preceded by a
"==> FILE <==" line.

  --rules FILE  also apply the user rules of a Galley rule set (JSON, as exported by the app)
  --rule-timeout MS
                how long a rule RE2 cannot run may take on a page (default ${RULE_BUDGET_MS})
  --diff        print only what changed: [-deleted-]{+inserted+} with a little context
  --report      say what was removed as one JSON document on standard error
                (instead of a line per removal)

Rules run in a linear-time engine (RE2) when their pattern allows it. A rule RE2 cannot
run (a backreference, a lookahead) runs in a worker and is stopped after --rule-timeout on a
page; the page gets the other rules, the stop is reported, and the exit status is 1.
`;

/** The changes as `…context[-old-]{+new+}context…`, one change per line. */
function formatDiff(before: string, after: string): string {
  const parts = charDiff(before, after);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.op === 'equal') continue;
    const prev = parts[i - 1]?.op === 'equal' ? parts[i - 1].text.slice(-12) : '';
    let change = '';
    while (i < parts.length && parts[i].op !== 'equal') {
      const q = parts[i];
      change += q.op === 'delete' ? `[-${q.text}-]` : `{+${q.text}+}`;
      i++;
    }
    const next = parts[i]?.op === 'equal' ? parts[i].text.slice(0, 12) : '';
    i--;
    lines.push(`${prev}${change}${next}`.replace(/\n/g, '⏎'));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

async function loadRules(file: string): Promise<{ rules?: UserRule[]; error?: string }> {
  const read = await readRegularFile(file, MAX_RULESET_BYTES);
  if (!read.ok) return { error: readFailure(file, read.problem) };
  const json = new TextDecoder().decode(read.bytes);
  const parsed = parseRuleSet(json);
  return parsed.ok
    ? { rules: parsed.rules }
    : { error: `${file}: ${parsed.errors.map(problemMessage).join('; ')}` };
}

/** One page's entry in the `--report` document. */
interface FileReport {
  file: string;
  removed?: Removal[];
  /** The page's decoding warnings in words: a guessed encoding, replacement characters at line:column. */
  warnings?: string[];
  stopped?: { rule?: number | undefined; name?: string | undefined; budgetMs: number; message: string }[];
  error?: string;
}

const removalLine = (file: string, r: Removal) =>
  `galley clean: ${file}: removed continuation mark “${r.text}”${r.line !== undefined ? ` (line ${r.line})` : ''}\n`;

async function run(args: string[]): Promise<number> {
  let values: { rules?: string; 'rule-timeout'?: string; diff?: boolean; report?: boolean; help?: boolean };
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        rules: { type: 'string', short: 'r' },
        diff: { type: 'boolean', short: 'd' },
        report: { type: 'boolean' },
        'rule-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (e) {
    process.stderr.write(`galley clean: ${(e as Error).message}\nusage: ${cleanUsage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`usage: ${cleanUsage}\n`);
    return 2;
  }
  const budgetMs = values['rule-timeout'] === undefined ? RULE_BUDGET_MS : Number(values['rule-timeout']);
  if (!Number.isInteger(budgetMs) || budgetMs <= 0) {
    process.stderr.write(
      `galley clean: --rule-timeout needs a whole number of milliseconds\nusage: ${cleanUsage}\n`,
    );
    return 2;
  }
  let rules: UserRule[] | undefined;
  if (values.rules) {
    const loaded = await loadRules(values.rules);
    if (loaded.error) {
      // Cleaning without the rules asked for would silently give other text: stop instead.
      process.stderr.write(`galley clean: bad rule set ${loaded.error}\n`);
      return 2;
    }
    rules = loaded.rules;
  }
  let failed = false;
  const report: FileReport[] = [];
  const runner = workerRunner();
  try {
    for (const file of positionals) {
      const read = await readPage(file);
      if (!read.ok) {
        if (values.report) report.push({ file, error: read.message });
        else process.stderr.write(`galley clean: ${read.message}\n`);
        failed = true;
        continue;
      }
      const raw = read.page.raw;
      const warning = decodeWarningLine('clean', file, read.page);
      if (warning && !values.report) process.stderr.write(warning);
      // The built-in transforms, then the rules (as cleanText would run them), each rule
      // in RE2 or else in a worker under the time budget.
      const builtIn = cleanText(raw);
      const ruled = rules
        ? await applyRulesGuarded(builtIn.text, rules, runner.run, budgetMs)
        : { text: builtIn.text, problems: [] as RuleRunProblem[] };
      const cleaned = ruled.text;
      if (positionals.length > 1) process.stdout.write(`==> ${file} <==\n`);
      process.stdout.write(values.diff ? formatDiff(raw, cleaned) : `${cleaned}\n`);
      const removed = removals(raw, builtIn.reports);
      if (ruled.problems.length > 0) failed = true;
      if (values.report) {
        report.push({
          file,
          removed,
          ...(read.page.warnings ? { warnings: read.page.warnings.map(problemMessage) } : {}),
          stopped: ruled.problems.map((p) => ({
            rule: p.rule,
            name: p.name,
            budgetMs: p.budgetMs,
            message: problemMessage(p),
          })),
        });
      } else {
        for (const r of removed) process.stderr.write(removalLine(file, r));
        for (const p of ruled.problems) process.stderr.write(`galley clean: ${file}: ${problemMessage(p)}\n`);
      }
    }
  } finally {
    await runner.close();
  }
  if (values.report) process.stderr.write(`${JSON.stringify({ files: report }, null, 2)}\n`);
  return failed ? 1 : 0;
}

export const cleanCommand: Command = {
  name: 'clean',
  summary: 'print pages cleaned with the default transforms (and a rule set); --diff shows changes',
  usage: cleanUsage,
  run,
};
