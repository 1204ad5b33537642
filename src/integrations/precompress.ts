import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesUnder } from './files-under';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files a server may send precompressed; Pagefind's own index files are compressed already. */
export const PRECOMPRESSED_TYPES = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.wasm'];

export function shouldPrecompress(path: string): boolean {
  return PRECOMPRESSED_TYPES.some((ext) => path.endsWith(ext));
}

export interface PrecompressStats {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11) beside every text file of `dir`, for nginx's
 * gzip_static and brotli_static: the bytes the bench counts are then the bytes sent, at no CPU cost per request.
 */
export async function precompress(dir: string): Promise<PrecompressStats> {
  const stats: PrecompressStats = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  const queue: string[] = [];
  for await (const path of filesUnder(dir, shouldPrecompress)) queue.push(path);
  // A few at a time: brotli at quality 11 is CPU-bound, and the machine has two cores.
  const worker = async () => {
    for (let path = queue.pop(); path; path = queue.pop()) {
      const body = await readFile(path);
      const [gz, br] = await Promise.all([
        gzipAsync(body, { level: 9 }),
        brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]);
      await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
      stats.files += 1;
      stats.raw += body.length;
      stats.gzip += gz.length;
      stats.brotli += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return stats;
}
