#!/usr/bin/env node
// Node 24 strips TypeScript types natively for files outside node_modules.
import '../src/cli.ts';
