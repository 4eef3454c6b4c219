/**
 * Numbers, Rupiah and dates the Indonesian way, as people type and read them: `21.000` is twenty-one thousand,
 * `22,4` a decimal, `Rp 1.500.000`, `17-08-2026`. Pure (no DOM), so it is tested in-process. A value that could
 * mean two things (`22.4`: 22,4 or 224?) is refused with a message, never guessed.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'number' | 'dot' | 'integer' | 'negative' | 'date' };

const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

export function parseNumber(input: string): Parsed<number> | undefined {
  const s = input.trim().replace(/^rp\.?\s*/i, '').replace(/\s+/g, '');
  if (s === '') return undefined;
  if (GROUPED.test(s)) return { ok: true, value: Number(s.replace(/\./g, '').replace(',', '.')) };
  if (PLAIN.test(s)) return { ok: true, value: Number(s.replace(',', '.')) };
  if (/^-?\d+\.\d+$/.test(s)) return { ok: false, reason: 'dot' };
  return { ok: false, reason: 'number' };
}

export function parseRupiah(input: string): Parsed<number> | undefined {
  const n = parseNumber(input);
  if (!n || !n.ok) return n;
  if (!Number.isInteger(n.value)) return { ok: false, reason: 'integer' };
  if (n.value < 0) return { ok: false, reason: 'negative' };
  return n;
}

export function formatNumber(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function formatRupiah(n: number): string {
  return `Rp ${formatNumber(n)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** `17-08-2026`, `17/8/2026`, `17.08.2026` or ISO `2026-08-17` → ISO. */
export function parseDate(input: string): Parsed<string> | undefined {
  const s = input.trim();
  if (s === '') return undefined;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return { ok: false, reason: 'date' };
  if (!validDate(y, mo, d)) return { ok: false, reason: 'date' };
  return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
}

/** ISO → `17-08-2026` (the way a date is typed). */
export function formatDateInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** ISO → `17 Agustus 2026`. */
export function formatDateLong(iso: string, lang: 'id' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** A short id from a name: `TP PKK Kabupaten Sumedang` → `tp-pkk-kabupaten-sumedang` (at most 40 characters). */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}
