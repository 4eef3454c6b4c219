/**
 * Shell completion scripts for bash and zsh, generated from the commander program: every command, its options
 * (with their choices), and what its arguments are (files, a step, a shell). Step ids come from the catalog.
 */
import type { Command, Option } from 'commander';
import { STEPS } from '../../guide/steps.js';

export type Shell = 'bash' | 'zsh';
type ValueKind = { kind: 'none' } | { kind: 'words'; words: string[]; alsoFiles?: boolean } | { kind: 'files' } | { kind: 'any' };

export interface CompletionOption {
  flags: string[];
  description: string;
  value: ValueKind;
}
export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** What the positional arguments are. */
  args: ValueKind;
}
export interface CompletionSpec {
  global: CompletionOption[];
  commands: CompletionCommand[];
}

const STEP_WORDS = [...STEPS.map((s) => s.id), ...STEPS.map((s) => s.alias), ...STEPS.map((s) => String(s.number))];

/** What a value placeholder or argument name stands for. */
function valueKind(name: string, choices: readonly string[] | undefined): ValueKind {
  if (choices && choices.length > 0) return { kind: 'words', words: [...choices] };
  if (/^(step|stage)$/i.test(name)) return { kind: 'words', words: STEP_WORDS };
  if (/^(shell)$/i.test(name)) return { kind: 'words', words: ['bash', 'zsh'] };
  if (/(file|path|dir|output|location|plan|glob)/i.test(name)) return { kind: 'files' };
  return { kind: 'any' };
}

function optionSpec(o: Option): CompletionOption {
  const flags = [o.long, o.short].filter((f): f is string => typeof f === 'string');
  const placeholder = /<([^>]+)>|\[([^\]]+)\]/.exec(o.flags);
  const takesValue = o.required || o.optional;
  return {
    flags,
    description: o.description ?? '',
    value: takesValue ? valueKind(placeholder?.[1] ?? placeholder?.[2] ?? '', o.argChoices) : { kind: 'none' },
  };
}

/** All positional arguments of a command together: their words, and files when any of them is a file. */
function argumentsKind(c: Command): ValueKind {
  const kinds = c.registeredArguments.map((a) => valueKind(a.name(), a.argChoices));
  const words = kinds.flatMap((k) => (k.kind === 'words' ? k.words : []));
  const files = kinds.some((k) => k.kind === 'files');
  if (words.length > 0) return { kind: 'words', words, alsoFiles: files };
  return files ? { kind: 'files' } : kinds.length > 0 ? { kind: 'any' } : { kind: 'none' };
}

export function completionSpec(program: Command): CompletionSpec {
  const help: CompletionOption = { flags: ['--help', '-h'], description: 'help', value: { kind: 'none' } };
  const commands = program.commands.map((c): CompletionCommand => {
    // A command with subcommands (`assess new|check|report`): their names as words, their options merged.
    const subs = c.commands.filter((s) => s.name() !== 'help');
    const options: CompletionOption[] = [];
    for (const o of [...c.options, ...subs.flatMap((s) => s.options)].map(optionSpec)) {
      const same = options.find((x) => x.flags.join() === o.flags.join());
      if (!same) options.push(o);
      else if (same.value.kind === 'words' && o.value.kind === 'words') {
        same.value = { kind: 'words', words: [...new Set([...same.value.words, ...o.value.words])] };
      }
    }
    return {
      name: c.name(),
      description: c.description(),
      options: [...options, help],
      args: subs.length > 0 ? { kind: 'words', words: subs.map((s) => s.name()), alsoFiles: true } : argumentsKind(c),
    };
  });
  return { global: [...program.options.map(optionSpec), help], commands };
}

const shellWords = (words: readonly string[]) => words.map((w) => w.replace(/[^\w@%+=:,./-]/g, '')).join(' ');

function bashCase(options: CompletionOption[], args: ValueKind, indent: string): string {
  const valued = options.filter((o) => o.value.kind !== 'none');
  const lines: string[] = [`${indent}case "$prev" in`];
  for (const o of valued) {
    const pattern = o.flags.join('|');
    if (o.value.kind === 'words') lines.push(`${indent}  ${pattern}) COMPREPLY=($(compgen -W "${shellWords(o.value.words)}" -- "$cur")); return ;;`);
    else if (o.value.kind === 'files') lines.push(`${indent}  ${pattern}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`);
    else lines.push(`${indent}  ${pattern}) return ;;`);
  }
  lines.push(`${indent}esac`);
  lines.push(`${indent}if [[ "$cur" == -* ]]; then`);
  lines.push(`${indent}  COMPREPLY=($(compgen -W "${shellWords(options.flatMap((o) => o.flags))}" -- "$cur"))`);
  if (args.kind === 'words') lines.push(`${indent}else`, `${indent}  COMPREPLY=($(compgen -W "${shellWords(args.words)}" -- "$cur")${args.alsoFiles ? ' $(compgen -f -- "$cur")' : ''})`);
  else if (args.kind === 'files') lines.push(`${indent}else`, `${indent}  COMPREPLY=($(compgen -f -- "$cur"))`);
  lines.push(`${indent}fi`);
  return lines.join('\n');
}

export function bashScript(spec: CompletionSpec): string {
  const names = spec.commands.map((c) => c.name);
  const branches = spec.commands.map((c) => `    ${c.name})\n${bashCase(c.options, c.args, '      ')}\n      ;;`).join('\n');
  return `# bash completion for kemitraan (generated by \`kemitraan completion bash\`)
_kemitraan() {
  local cur prev cmd i
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${names.join('|')}) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
${branches}
    *)
      COMPREPLY=($(compgen -W "${shellWords([...names, ...spec.global.flatMap((o) => o.flags)])}" -- "$cur"))
      ;;
  esac
}
complete -o default -o bashdefault -F _kemitraan kemitraan
`;
}

/** Escapes a description for zsh's _arguments/_describe specs. */
const zshText = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "'\\''").replace(/([[\]:])/g, '\\$1').replace(/\n/g, ' ');

function zshValue(v: ValueKind, label: string): string {
  if (v.kind === 'words') return `:${label}:(${shellWords(v.words)})`;
  if (v.kind === 'files') return `:${label}:_files`;
  if (v.kind === 'any') return `:${label}: `;
  return '';
}

function zshOption(o: CompletionOption): string {
  const desc = zshText(o.description);
  const value = zshValue(o.value, o.flags[0]!.replace(/^-+/, ''));
  if (o.flags.length === 1) return `'${o.flags[0]}[${desc}]${value}'`;
  return `'(${o.flags.join(' ')})'{${o.flags.join(',')}}'[${desc}]${value}'`;
}

export function zshScript(spec: CompletionSpec): string {
  const described = spec.commands.map((c) => `    '${c.name}:${zshText(c.description)}'`).join('\n');
  const branches = spec.commands.map((c) => {
    const yamlFiles = `'*:file:_files -g "*.(yaml|yml)(-.)"'`;
    const args = c.args.kind === 'files' ? yamlFiles : c.args.kind === 'words' ? [`'1${zshValue(c.args, 'value')}'`, ...(c.args.alsoFiles ? [yamlFiles] : [])].join(' ') : '';
    return `    ${c.name})\n      _arguments -s \\\n        ${[...c.options.map(zshOption), args].filter(Boolean).join(' \\\n        ')}\n      ;;`;
  }).join('\n');
  return `#compdef kemitraan
# zsh completion for kemitraan (generated by \`kemitraan completion zsh\`)
_kemitraan() {
  local -a commands
  commands=(
${described}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'kemitraan command' commands
    _arguments ${spec.global.map(zshOption).join(' ')}
    return
  fi
  case $words[2] in
${branches}
  esac
}
if [[ "\${funcstack[1]}" == _kemitraan ]]; then
  _kemitraan "$@"
else
  compdef _kemitraan kemitraan
fi
`;
}

export function completionScript(shell: Shell, program: Command): string {
  const spec = completionSpec(program);
  return shell === 'bash' ? bashScript(spec) : zshScript(spec);
}
