// A command's parseArgs configuration and its `--help` text, both made from its option definitions
// (as citty does): the options a command accepts are exactly the ones its help lists.
import type { ParseArgsConfig } from 'node:util';
import type { Command, OptionDef } from './command.js';

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

export function allOptions(command: Command): Record<string, OptionDef> {
  return Object.assign({}, ...command.options.map((g) => g.options));
}

export function parseArgsOptions(command: Command): ParseOptions {
  const out: ParseOptions = {};
  for (const [name, def] of Object.entries(allOptions(command))) {
    out[name] = { type: def.type, ...(def.default === undefined ? {} : { default: def.default as never }), ...(def.multiple ? { multiple: true } : {}) };
  }
  return out;
}

const WIDTH = 100;

/** `text` in lines of at most `width` characters, the first after `first`, the others indented by `indent`. */
function wrap(text: string, first: string, indent: number, width = WIDTH): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length > indent && line.length + 1 + word.length > width) {
      lines.push(line.trimEnd());
      line = ' '.repeat(indent);
    }
    line += (line.length > indent && !line.endsWith(' ') ? ' ' : '') + word;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

const flag = (name: string, def: OptionDef): string => `--${name}${def.type === 'string' ? ` ${def.arg ?? 'VALUE'}` : ''}`;

export function formatHelp(command: Command): string {
  const usage = command.usage.map((u, i) => `${i ? '       ' : 'Usage: '}sitrep ${u}`).join('\n');
  const flags = command.options.flatMap((g) => Object.entries(g.options).map(([n, d]) => flag(n, d)));
  const column = Math.min(24, Math.max(...flags.map((f) => f.length), 0) + 4);
  const groups = command.options.map((g) => {
    const rows = Object.entries(g.options).map(([name, def]) => {
      const f = `  ${flag(name, def)}`;
      const help = def.default !== undefined && def.type === 'string' ? `${def.help} (default ${def.default})` : def.help;
      return f.length + 2 > column ? `${f}\n${wrap(help, ' '.repeat(column), column)}` : wrap(help, f.padEnd(column), column);
    });
    return `${g.title}:\n${rows.join('\n')}`;
  });
  return `${usage}\n\n${command.about.trim()}\n\n${groups.join('\n\n')}\n`;
}
