import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadCorpus } from '../corpus/load';
import { buildBundle } from './bundle';

export const CORPUS_ASSET = 'data/corpus.json';

/**
 * Computes the corpus bundle from src/corpus/documents at build time and ships it as `data/corpus.json`.
 * In dev it is recomputed on each request, so editing a document or the pipeline shows up on reload.
 * An invalid document fails the build with the file, the field and the reason.
 */
export function corpusPlugin(folder = 'src/corpus/documents'): Plugin {
  const dir = resolve(process.cwd(), folder);
  const bundleJson = () => JSON.stringify(buildBundle(loadCorpus(dir)));
  let json = '';
  return {
    name: 'dateline-corpus',
    buildStart() {
      if (this.meta.watchMode) return;
      json = bundleJson();
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${server.config.base}${CORPUS_ASSET}`) return next();
        try {
          const body = bundleJson();
          res.setHeader('content-type', 'application/json');
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.end((e as Error).message);
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CORPUS_ASSET, source: json });
    },
  };
}
