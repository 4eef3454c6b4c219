/**
 * The UI's HTTP server: 127.0.0.1 only, every request through the guard (token, Host, Origin), a fixed set of
 * routes (the page, its two assets, the API, the documents) and nothing else, and a Content-Security-Policy that
 * lets the page run only its own shipped script and reach only this server. Documents are shown in a frame with a
 * policy of their own that allows no script at all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../../guide/types.js';
import { GUIDE_SOURCE } from '../../guide/index.js';
import { msg } from '../../guide/messages/index.js';
import { validatePlanSchema } from '../../check/schema.js';
import type { RuleConfig } from '../../check/engine.js';
import type { Plan } from '../../plan/types.js';
import { DOCUMENTS, type DocumentName, type OutputFormat } from '../../render/document.js';
import { guardRequest } from './guard.js';
import { buildUiMeta, type UiMeta } from './meta.js';
import { PlanSession } from './session.js';
import { DocumentService, type DocumentFile } from './documents.js';
import { assessForm, saveAnswers } from './assess.js';
import type { CliIO } from '../context.js';

/** The page: its own script and style, this server for data, frames of this server; nothing inline, nothing remote. */
export const APP_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
/** A document in its frame: its own inline style and SVG charts, no script, nothing remote. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox";

const MAX_BODY = 6 * 1024 * 1024;

export interface UiServerOptions {
  file: string;
  shownAs: string;
  lang: Lang;
  today: string;
  port: number;
  io: CliIO;
  newFileText: string;
  sectionComment(key: string, lang: Lang): string[] | undefined;
  /** Where the built page is (dist/ui/assets). */
  assetsDir: string;
  config?: RuleConfig;
}

export interface UiServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
  server: Server;
}

interface Assets {
  js: Buffer;
  css: Buffer;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...extra,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad json');
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function page(token: string, lang: Lang): string {
  const t = encodeURIComponent(token);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kemitraan</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css?t=${t}">
<script type="module" src="/assets/app.js?t=${t}"></script>
</head>
<body>
<noscript>${msg(lang, 'ui.noscript')}</noscript>
<div id="app"></div>
</body>
</html>
`;
}

function uiLang(query: URLSearchParams, fallback: Lang): Lang {
  const l = query.get('lang');
  return l === 'id' || l === 'en' ? l : fallback;
}

export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const assets: Assets = {
    js: await readFile(path.join(options.assetsDir, 'app.js')),
    css: await readFile(path.join(options.assetsDir, 'app.css')),
  };
  const token = randomBytes(24).toString('base64url');
  const session = new PlanSession(options.file, {
    shownAs: options.shownAs, lang: options.lang, today: options.today, newFileText: options.newFileText,
    sectionComment: (k) => options.sectionComment(k, options.lang),
    ...(options.config ? { config: options.config } : {}),
  });
  await session.load();
  const docs = new DocumentService(options.io);
  const metas = new Map<Lang, UiMeta>();
  const meta = (lang: Lang) => {
    if (!metas.has(lang)) metas.set(lang, buildUiMeta(lang, GUIDE_SOURCE[lang]));
    return metas.get(lang)!;
  };
  /** The plan as the page last sent it (for the documents), until it is reloaded from disk. */
  let draft: unknown;
  let port = 0;
  const base = path.basename(options.file).replace(/\.(ya?ml|json)$/i, '');
  /** Names the file's unsaved edits in the browser's storage. */
  const fileId = createHash('sha256').update(options.file).digest('hex').slice(0, 16);

  const documentPlan = (lang: Lang): Plan => {
    const plan = draft;
    const problems = plan === undefined ? ['none'] : validatePlanSchema(plan);
    if (problems.length > 0) throw new HttpError(409, msg(lang, 'ui.doc.invalid'));
    return plan as Plan;
  };

  const sendDocument = (res: ServerResponse, doc: DocumentFile, download: boolean) => {
    send(res, 200, doc.type, doc.content, {
      'Content-Security-Policy': DOCUMENT_CSP,
      'X-Frame-Options': 'SAMEORIGIN',
      ...(download ? { 'Content-Disposition': `attachment; filename="${doc.fileName}"` } : {}),
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const guard = guardRequest({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, token, port);
    if (!guard.ok) {
      send(res, guard.status, 'text/plain; charset=utf-8', `${guard.status} ${guard.reason}\n`);
      return;
    }
    const { path: p, query } = guard;
    const lang = uiLang(query, options.lang);
    const method = req.method ?? 'GET';
    const get = method === 'GET' || method === 'HEAD';
    if (get && p === '/') return send(res, 200, 'text/html; charset=utf-8', page(token, lang));
    if (get && p === '/assets/app.js') return send(res, 200, 'text/javascript; charset=utf-8', assets.js);
    if (get && p === '/assets/app.css') return send(res, 200, 'text/css; charset=utf-8', assets.css);
    if (get && p === '/api/meta') return json(res, 200, meta(lang));
    if (get && p === '/api/plan') {
      const state = await session.load();
      draft = state.plan;
      return json(res, 200, { ...state, fileId });
    }
    if (get && p === '/api/disk') {
      const disk = await session.readDisk();
      return json(res, 200, { exists: disk.exists, hash: disk.hash });
    }
    if (method === 'POST' && p === '/api/check') {
      const body = await readBody(req);
      if (!isRecord(body) || !isRecord(body.plan)) throw new HttpError(400, 'plan');
      draft = body.plan;
      return json(res, 200, session.check(body.plan, lang));
    }
    if (method === 'POST' && p === '/api/save') {
      const body = await readBody(req);
      if (!isRecord(body) || !isRecord(body.plan) || typeof body.base !== 'string') throw new HttpError(400, 'plan');
      const result = await session.save(body.plan, body.base, body.force === true);
      if (result.ok) draft = body.plan;
      return json(res, result.ok ? 200 : result.conflict ? 409 : 422, result);
    }
    if (get && p === '/api/assess') return json(res, 200, assessForm(validatePlanSchema(draft).length === 0 ? (draft as Plan) : undefined, options.file));
    if (method === 'POST' && p === '/api/assess') {
      const body = await readBody(req);
      const result = await saveAnswers(options.file, documentPlan(lang), body, lang);
      return json(res, result.ok ? 200 : 422, result);
    }
    const doc = /^\/(doc|download)\/([a-z]+)\.(html|docx)$/.exec(p);
    if (get && doc) {
      const [, mode, name, format] = doc as unknown as [string, 'doc' | 'download', string, 'html' | 'docx'];
      const plan = documentPlan(lang);
      if (name === 'report' && format === 'html') return sendDocument(res, docs.report(plan, lang, options.today, options.shownAs, base), mode === 'download');
      if ((DOCUMENTS as readonly string[]).includes(name)) {
        const file = await docs.document(plan, name as DocumentName, format as OutputFormat, lang, options.shownAs, base);
        return sendDocument(res, file, mode === 'download' || format === 'docx');
      }
    }
    send(res, 404, 'text/plain; charset=utf-8', '404\n');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const text = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) send(res, status, 'text/plain; charset=utf-8', `${text}\n`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?t=${token}`;
  return {
    url, port, token, server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
