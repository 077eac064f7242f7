import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Logger, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { spaMiddleware } from './spa-middleware';

/** Where `npm run web:build` writes: beside the sources when run from them, under the working directory otherwise. */
const DIST_CANDIDATES = [path.resolve(__dirname, '../../../web/dist'), path.resolve(process.cwd(), 'apps/web/dist')];

/** The web app at `/` once it is built; without a build the API runs alone and says how to get the app. */
@Module({})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    const distDir = DIST_CANDIDATES.find((dir) => existsSync(path.join(dir, 'index.html')));
    if (!distDir) {
      new Logger(WebModule.name).warn('web app not built (npm run web:build): serving the API only');
      return;
    }
    consumer.apply(spaMiddleware(distDir)).forRoutes('{*path}');
  }
}
