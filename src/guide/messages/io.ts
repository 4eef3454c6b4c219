import type { Text } from '../types.js';

/**
 * Texts about files and streams the tool could not read or write (source: tool). One wording per cause, used by
 * every command, so a full disk or a read-only plan reads the same wherever it happens.
 */
export const ioMessages = () => ({
  'io.write.exists': { id: '{file} sudah ada; tidak ditimpa (gunakan --force untuk menimpa)', en: '{file} already exists; not overwritten (use --force to overwrite)' },
  'io.write.read-only': { id: '{file} hanya-baca (read-only); tidak ditimpa tanpa --force', en: '{file} is read-only; not overwritten without --force' },
  'io.write.not-a-file': { id: '{file} bukan berkas biasa (perangkat, FIFO, soket atau direktori); tidak ditimpa', en: '{file} is not a regular file (a device, FIFO, socket or directory); not overwritten' },
  'io.write.changed': {
    id: '{file} berubah di disk sejak dibaca (disimpan editor atau proses lain); tidak ditimpa agar perubahan itu tidak hilang. Jalankan lagi perintahnya.',
    en: '{file} changed on disk since it was read (saved by an editor or another process); not overwritten, so that change is not lost. Run the command again.',
  },
  'io.write.not-ours': {
    id: '{file} bukan berkas cache kemitraan; tidak ditimpa. Pilih --cache-location lain.',
    en: '{file} is not a kemitraan cache file; not overwritten. Choose another --cache-location.',
  },
  'io.write.busy': { id: '{file} sedang ditulis oleh proses kemitraan lain; coba lagi sebentar lagi', en: '{file} is being written by another kemitraan process; try again in a moment' },
  'io.error.write': { id: 'tidak dapat menulis {file}: {reason}', en: 'cannot write {file}: {reason}' },
  'io.error.read': { id: 'tidak dapat membaca {file}: {reason}', en: 'cannot read {file}: {reason}' },
  'io.error.output': { id: 'keluaran tidak dapat ditulis: {reason}', en: 'cannot write the output: {reason}' },
  'io.reason.ENOSPC': { id: 'disk penuh (ENOSPC)', en: 'no space left on the disk (ENOSPC)' },
  'io.reason.EDQUOT': { id: 'kuota disk habis (EDQUOT)', en: 'disk quota exceeded (EDQUOT)' },
  'io.reason.EFBIG': { id: 'berkas terlalu besar untuk sistem berkas ini (EFBIG)', en: 'file too large for this file system (EFBIG)' },
  'io.reason.EACCES': { id: 'izin ditolak (EACCES)', en: 'permission denied (EACCES)' },
  'io.reason.EPERM': { id: 'tidak diizinkan (EPERM)', en: 'operation not permitted (EPERM)' },
  'io.reason.EROFS': { id: 'sistem berkas hanya-baca (EROFS)', en: 'read-only file system (EROFS)' },
  'io.reason.EEXIST': { id: 'sudah ada (EEXIST)', en: 'already exists (EEXIST)' },
  'io.reason.EISDIR': { id: 'adalah direktori (EISDIR)', en: 'is a directory (EISDIR)' },
  'io.reason.ENOTDIR': { id: 'bagian jalurnya bukan direktori (ENOTDIR)', en: 'a part of the path is not a directory (ENOTDIR)' },
  'io.reason.ENOENT': { id: 'tidak ada (ENOENT)', en: 'no such file or directory (ENOENT)' },
  'io.reason.EIO': { id: 'galat masukan/keluaran perangkat (EIO)', en: 'device input/output error (EIO)' },
  'io.reason.ELOOP': { id: 'tautan simbolik berputar (ELOOP)', en: 'symbolic links loop (ELOOP)' },
  'io.reason.EMFILE': { id: 'terlalu banyak berkas terbuka (EMFILE)', en: 'too many open files (EMFILE)' },
  'io.reason.ENAMETOOLONG': { id: 'nama terlalu panjang (ENAMETOOLONG)', en: 'name too long (ENAMETOOLONG)' },
  'io.reason.EAGAIN': { id: 'belum ada data dan tidak dapat menunggu (EAGAIN)', en: 'no data yet and cannot wait (EAGAIN)' },
  'io.reason.special': { id: 'bukan berkas biasa atau pipa (perangkat atau soket); tidak dibaca', en: 'not a regular file or a pipe (a device or socket); not read' },
  'io.reason.too-large': { id: 'lebih besar dari batas {limit}', en: 'larger than the {limit} limit' },
} satisfies Record<string, Text>);
