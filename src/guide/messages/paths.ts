import type { Text } from '../types.js';

/**
 * Texts about PATH arguments: globs, `!` exclusions and `--ignore` (issue 9), shared by every command that takes
 * paths (check, report, export dhis2, assess). Source: tool. `{path}` is the argument as the user typed it.
 */
export const pathsMessages = () => ({
  'paths.opt.ignore': {
    id: 'lewati berkas yang cocok dengan pola ini (glob atau direktori; boleh diulang); sama dengan argumen \'!pola\'',
    en: 'leave out files matching this pattern (a glob or a directory; repeatable); same as a \'!pattern\' argument',
  },
  'paths.error.noPlansInDir': { id: 'tidak ada berkas rencana (.yaml/.yml) di {path}', en: 'no plan file (.yaml/.yml) in {path}' },
  'paths.error.noMatch': {
    id: 'pola {path} tidak cocok dengan berkas rencana (.yaml/.yml) mana pun',
    en: 'the pattern {path} matches no plan file (.yaml/.yml)',
  },
  'paths.error.allExcluded': {
    id: 'semua berkas dari {path} dikecualikan oleh --ignore atau argumen \'!pola\'',
    en: 'every file of {path} is left out by --ignore or a \'!pattern\' argument',
  },
  'paths.error.emptyIgnore': {
    id: '--ignore kosong (""); tulis pola yang dikecualikan (mis. --ignore \'rencana/lama/**\'), atau hapus opsinya',
    en: 'an empty --ignore (""); give the pattern to leave out (e.g. --ignore \'plans/old/**\'), or drop the option',
  },
  'paths.error.onlyExclusions': {
    id: 'hanya ada pengecualian ({path}); sebutkan juga berkas, direktori atau glob yang diproses',
    en: 'only exclusions given ({path}); name the files, directories or globs to use as well',
  },
  'paths.error.tooManyAlternatives': {
    id: 'pola {path} menghasilkan lebih dari {limit} alternatif dari {…}; persempit polanya',
    en: 'the pattern {path} expands to more than {limit} alternatives from {…}; narrow it',
  },
  'paths.error.tooLong': {
    id: 'pola yang dimulai dengan {start} lebih panjang dari {limit} karakter; persempit polanya',
    en: 'the pattern starting with {start} is longer than {limit} characters; narrow it',
  },
  'paths.error.invalidPattern': { id: 'pola {path} tidak dapat dipakai: {detail}', en: 'the pattern {path} cannot be used: {detail}' },
} satisfies Record<string, Text>);
