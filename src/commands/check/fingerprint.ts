/** A cheap checksum of a file's bytes, to tell two reads of one file apart when it changed in between (`check --cache`). */
import { crc32 } from 'node:zlib';
import type { PlanInput } from '../../plan/load.js';

export function fingerprint(input: PlanInput): number {
  return input.bytes ? crc32(input.bytes) : -1 - input.size;
}
