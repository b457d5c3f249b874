import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConvArithmeticError } from '@conv-arithmetic/core';
import { writeFileAtomic } from '../files';
import { writeGallery } from '../gallery';
import { writeGif } from '../gif';
import { svgToPng } from '../raster';
import { renderSvg } from '../render';
import { type Command, parseCommand, UsageError } from './args';
import { HELP } from './help';
import { checkImageSize } from './imageSize';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  version: string;
}

function usage(error: UsageError, io: CliIo): number {
  const help = error.command ? `conv-arithmetic ${error.command} --help` : 'conv-arithmetic --help';
  io.stderr(`conv-arithmetic: ${error.message}\nRun '${help}' for usage.\n`);
  return 2;
}

function target(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

async function execute(
  command: Exclude<Command, { name: 'help' | 'version' }>,
  io: CliIo,
): Promise<void> {
  if (command.name !== 'svg') checkImageSize(command);
  switch (command.name) {
    case 'svg':
      writeFileAtomic(target(command.out), renderSvg(command.spec, command.frame));
      break;
    case 'png':
      writeFileAtomic(
        target(command.out),
        svgToPng(renderSvg(command.spec, command.frame), { scale: command.scale }),
      );
      break;
    case 'gif':
      await writeGif(command.spec, target(command.out), command);
      break;
    case 'gallery': {
      const written = await writeGallery(command.out, {
        ...command,
        onProgress: io.stderrIsTTY
          ? (file, position, total) => io.stderr(`\r[${position}/${total}] ${file}`.padEnd(60))
          : undefined,
      });
      if (io.stderrIsTTY) io.stderr('\n');
      io.stdout(`wrote ${written.length} files to ${command.out}/\n`);
      return;
    }
  }
  io.stdout(`wrote ${command.out}\n`);
}

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code: 0 done, 1 failed
 * while writing, 2 bad command line or parameters.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(error, io);
  }
  if (command.name === 'help') {
    io.stdout(HELP[command.topic ?? 'main']);
    return 0;
  }
  if (command.name === 'version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  try {
    await execute(command, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return usage(error, io);
    if (error instanceof ConvArithmeticError) {
      io.stderr(
        `conv-arithmetic: ${error.message}\nRun 'conv-arithmetic ${command.name} --help' for usage.\n`,
      );
      return 2;
    }
    io.stderr(`conv-arithmetic: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
