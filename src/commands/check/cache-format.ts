/**
 * The bytes of a `check --cache` file (format 4). A header line, then one record per result:
 *
 *     kemitraan-cache 4\n
 *     <key>\t<payload length>\t<crc32 of the payload, 8 hex digits>\n<payload>
 *     ...
 *
 * The payload is the result's JSON, deflated (raw): held and written as bytes, never as text (format 3 wrote it
 * in base64, a third more on disk and in memory). Records are appended one by one as results come, so a file
 * cut short (a full disk, a crash of another tool copying it) loses only its last record: reading stops at the
 * first record that is incomplete or whose head is not a record head. A record's checksum is tested when it is
 * used, so a damaged payload is a miss (checked again), never a wrong result.
 */
import { crc32 } from 'node:zlib';

const FORMAT = 4;
/** The first line of every cache file, whatever its format version: how a file is known to be ours. */
export const HEADER_PREFIX = 'kemitraan-cache ';
export const HEADER = `${HEADER_PREFIX}${FORMAT}\n`;
/** Part of every key, so that another format's results can never be taken for this one's. */
export const CACHE_FORMAT = FORMAT;
const NL = 0x0a;
/** A key: a SHA-256 in base64url, for results naming today's date followed by `@` and the day. */
const KEY = /^[A-Za-z0-9_-]{43}(@\d{4}-\d{2}-\d{2})?$/;
const LENGTH = /^\d{1,9}$/;
const CRC = /^[0-9a-f]{8}$/;
/** Longer than any record head: a line this long without a newline is not one. */
const MAX_HEAD = 128;

/** The head of a record for `payload` (the record is the head followed by the payload). */
export function recordHead(key: string, payload: Uint8Array): Buffer {
  return Buffer.from(`${key}\t${payload.length}\t${crc32(payload).toString(16).padStart(8, '0')}\n`, 'latin1');
}

interface Head {
  key: string;
  /** Where the payload starts, from the record's (or file's) start. */
  payloadStart: number;
  payloadLength: number;
  crc: number;
}

/** The record head at `start`, or undefined where there is none. */
function readHead(bytes: Uint8Array, start: number): Head | undefined {
  const nl = bytes.indexOf(NL, start);
  if (nl < 0 || nl - start > MAX_HEAD) return undefined;
  const parts = Buffer.from(bytes.buffer, bytes.byteOffset + start, nl - start).toString('latin1').split('\t');
  if (parts.length !== 3 || !KEY.test(parts[0]!) || !LENGTH.test(parts[1]!) || !CRC.test(parts[2]!)) return undefined;
  return { key: parts[0]!, payloadStart: nl + 1, payloadLength: Number(parts[1]), crc: Number.parseInt(parts[2]!, 16) };
}

/**
 * The records of a cache file's bytes, by key: each a view into `bytes` (head and payload), nothing copied.
 * Empty for a file of another format version; stops at the first record that is cut short or not a record.
 */
export function readRecords(bytes: Buffer): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  if (!bytes.subarray(0, HEADER.length).equals(Buffer.from(HEADER, 'latin1'))) return records;
  for (let start = HEADER.length; start < bytes.length; ) {
    const head = readHead(bytes, start);
    if (!head) break;
    const end = head.payloadStart + head.payloadLength;
    if (end > bytes.length) break;
    records.set(head.key, bytes.subarray(start, end));
    start = end;
  }
  return records;
}

/** A record's payload, when its checksum holds. */
export function recordPayload(record: Uint8Array): Uint8Array | undefined {
  const head = readHead(record, 0);
  if (!head || head.payloadStart + head.payloadLength !== record.length) return undefined;
  const payload = record.subarray(head.payloadStart);
  return crc32(payload) === head.crc ? payload : undefined;
}
