/** Calls to this page's own server, each with the run's token (from the page's address). */
export const TOKEN = new URLSearchParams(location.search).get('t') ?? '';
export const LANG: 'id' | 'en' = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : (document.documentElement.lang === 'en' ? 'en' : 'id');

export function url(path: string, params: Record<string, string> = {}): string {
  const q = new URLSearchParams({ t: TOKEN, lang: LANG, ...params });
  return `${path}?${q.toString()}`;
}

export async function api<T>(path: string, body?: unknown): Promise<{ status: number; data: T }> {
  const res = await fetch(url(path), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-kemitraan-token': TOKEN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await res.json().catch(() => ({}))) as T;
  return { status: res.status, data };
}
