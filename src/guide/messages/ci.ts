import type { Text } from '../types.js';

/** Texts of kemitraan's scale and CI features: the check cache and shell completion. */
export const ciMessages = () => ({
  'check.opt.cache': {
    id: 'simpan hasil per isi berkas dan pakai ulang untuk berkas yang tidak berubah',
    en: 'remember results by file content and reuse them for unchanged files',
  },
  'check.opt.cacheLocation': {
    id: 'berkas atau direktori cache (bawaan: node_modules/.cache/kemitraan/ atau .kemitraan-cache/)',
    en: 'cache file or directory (default: node_modules/.cache/kemitraan/ or .kemitraan-cache/)',
  },
  'check.error.cacheWrite': { id: 'cache tidak dapat ditulis ke {file}: {detail}', en: 'cannot write the cache to {file}: {detail}' },
  'completion.description': { id: 'Mencetak skrip pelengkapan (tab completion) untuk bash atau zsh', en: 'Print the tab-completion script for bash or zsh' },
  'completion.arg.shell': { id: 'shell: bash atau zsh', en: 'shell: bash or zsh' },
  'completion.error.shell': { id: 'shell "{shell}" tidak didukung; gunakan bash atau zsh', en: 'shell "{shell}" is not supported; use bash or zsh' },
  'completion.help.after': {
    id: '\nContoh:\n  kemitraan completion bash > ~/.local/share/bash-completion/completions/kemitraan\n  echo \'source <(kemitraan completion bash)\' >> ~/.bashrc\n  kemitraan completion zsh > "${fpath[1]}/_kemitraan"\n',
    en: '\nExamples:\n  kemitraan completion bash > ~/.local/share/bash-completion/completions/kemitraan\n  echo \'source <(kemitraan completion bash)\' >> ~/.bashrc\n  kemitraan completion zsh > "${fpath[1]}/_kemitraan"\n',
  },
} satisfies Record<string, Text>);
