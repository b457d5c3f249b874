#!/usr/bin/env node
// The published command: runs the built CLI.
import '../dist/cli.js';
