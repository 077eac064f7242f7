import * as path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Paths the server itself answers; the web app's routes never start with these, so a missing page there stays a 404. */
const SERVER_PATH = /^\/(api|docs|health)(\/|-|$)/;

/**
 * Serves the built web app: its files as they are, and index.html for any other page a browser asks for
 * (the app routes in the browser), leaving the API, OpenAPI and health routes alone.
 */
export function spaMiddleware(distDir: string): RequestHandler {
  const files = express.static(distDir, { index: false, redirect: false, fallthrough: true });
  const indexHtml = path.join(distDir, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    // Mounted as Nest middleware, Express has cut the matched path off req.url; the files are found by the full one.
    const pathname = new URL(req.originalUrl, 'http://host').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATH.test(pathname)) return next();
    const mountedUrl = req.url;
    req.url = req.originalUrl;
    files(req, res, () => {
      req.url = mountedUrl;
      const isPage = path.extname(pathname) === '' && req.accepts(['html', 'json']) === 'html';
      if (!isPage) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  };
}
