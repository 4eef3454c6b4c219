/**
 * `kemitraan ui`: serves the page over one plan file until interrupted. The first line on stdout is the full
 * address with its access token (scripts read it); the browser is opened unless --no-open.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { EXIT, UsageError, today, type CliIO } from '../context.js';
import { header, sectionComment } from '../init/run.js';
import { startUiServer, type UiServer } from './server.js';
import { ConfigError, loadConfig } from '../check/run.js';
import type { RuleConfig } from '../../check/engine.js';
import { findConfigFile } from '../../io/config.js';
import { unreadableMessage } from '../io-errors.js';

export interface UiOptions {
  port?: string;
  open?: boolean;
  lang: Lang;
}

/** The built page (dist/ui/assets, three levels up from dist/commands/ui/ and from src/commands/ui/). */
/** The page's usual port: the same address each run, so the browser's storage of unsaved edits is found again. */
export const DEFAULT_PORT = 7325;

export const UI_ASSETS = fileURLToPath(new URL('../../../dist/ui/assets/', import.meta.url));

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* the address is printed; the person opens it */
  }
}

export async function startUi(file: string, options: UiOptions, io: CliIO): Promise<UiServer> {
  const { lang } = options;
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!/^\d+$/.test(String(port)) || port > 65535) throw new UsageError(msg(lang, 'ui.error.port', { value: String(options.port) }));
  const full = path.resolve(io.cwd, file);
  // The findings the page shows are `check`'s: with the same `.kemitraanrc.yaml` severities.
  const configFile = await findConfigFile(path.dirname(full));
  let config: RuleConfig | undefined;
  try {
    config = configFile ? await loadConfig(configFile, lang) : undefined;
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
  const start = (p: number) => startUiServer({
    file: full, shownAs: file, lang, today: today(io.env), port: p, io,
    newFileText: header(full, lang),
    sectionComment: (k, l) => sectionComment(k, l),
    assetsDir: UI_ASSETS,
    ...(config ? { config } : {}),
  });
  try {
    try {
      return await start(port);
    } catch (err) {
      // The usual port keeps the page's address (and its unsaved edits in the browser) from run to run; when it
      // is taken, any free port will do. A port the person asked for is not replaced.
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE' && options.port === undefined) return await start(0);
      throw err;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UsageError(msg(lang, 'ui.error.portInUse', { port: String(port) }));
    if (e.code === 'ENOENT' && e.path?.startsWith(UI_ASSETS)) throw new UsageError(msg(lang, 'ui.error.notBuilt'));
    if (e.code) throw new UsageError(unreadableMessage(file, e.code, lang));
    throw err;
  }
}

export async function runUi(file: string, options: UiOptions, io: CliIO, stop?: Promise<unknown>): Promise<number> {
  const ui = await startUi(file, options, io);
  io.stdout.write(`${ui.url}\n`);
  // With --no-open nothing opens a browser: the line says to open the address, not that it is being opened.
  const serving = options.open === false ? 'ui.cli.servingNoOpen' : 'ui.cli.serving';
  io.stdout.write(`${msg(options.lang, serving, { file })}\n${msg(options.lang, 'ui.cli.stop')}\n`);
  if (options.open !== false) openBrowser(ui.url);
  await (stop ?? new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }));
  await ui.close();
  return EXIT.OK;
}
