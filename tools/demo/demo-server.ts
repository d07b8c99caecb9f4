// Serves the demo threads (written by the project itself in X's markup, tools/demo/) on 127.0.0.1,
// for `npm start` and the end-to-end tests. Nothing here reaches outside this machine.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoPages, type DemoPage } from './demo-pages.ts';
import { renderXStatusPage } from './render-x-status-page.ts';

export interface DemoServer {
  origin: string;
  pages: DemoPage[];
  /** the demo page with this slug; throws if there is none */
  page(slug: string): DemoPage;
  url(path: string): string;
  close(): Promise<void>;
}

function indexHtml(pages: readonly DemoPage[]): string {
  const items = pages.map((p) => `<li><a href="${p.path}">${p.title}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Threadlens demo</title></head><body><h1>Threadlens demo threads</h1><ul>${items}</ul></body></html>`;
}

export async function startDemoServer({ port = 0 }: { port?: number } = {}): Promise<DemoServer> {
  const pages = demoPages();
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const cache = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const page = byPath.get(path);
    // ?theme=dark serves a page in X's dark theme (the overlay must follow it).
    const dark = url.searchParams.get('theme') === 'dark';
    if (path === '/' || page) {
      const key = `${path}|${dark}`;
      let html = cache.get(key);
      if (html === undefined) {
        html = page ? (dark ? renderXStatusPage(page.thread, { theme: 'dark' }) : page.html()) : indexHtml(pages);
        cache.set(key, html);
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(readFileSync(new URL('../../public/icons/icon-32.png', import.meta.url)));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pages,
    page: (slug) => {
      const found = pages.find((p) => p.slug === slug);
      if (!found) throw new Error(`no demo page "${slug}"`);
      return found;
    },
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
