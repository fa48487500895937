// Every command the CLI offers, in the order `cjm --help` lists them.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerWatch } from './watch.js';
import { registerServe } from './serve.js';
import { registerValidate } from './validate.js';
import { registerReport } from './report.js';
import { registerDiff } from './diff.js';
import { registerSchema } from './schema.js';
import { registerConvert } from './convert.js';
import { registerInit } from './init.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerBuild,
  registerCheck,
  registerWatch,
  registerServe,
  registerValidate,
  registerReport,
  registerDiff,
  registerConvert,
  registerInit,
  registerSchema,
];
