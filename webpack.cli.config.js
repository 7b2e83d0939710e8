/**
 * Builds the command line (npm run demo / scenarios / template) into
 * build/cli/: one ES module per command for Node, so the commands start from
 * compiled JavaScript instead of compiling TypeScript with tsx on every run
 * (tsx cost 0.7–1.7 s per call, issue 13). `npm ci` builds it (the prepare
 * script); scripts/cli.mjs rebuilds it first when a source is newer than the
 * build.
 *
 * Not minified: the bundle is read from disk, not downloaded, and a stack
 * trace (SKOLKOSTNAD_DEBUG=1) should name our functions. `import.meta` is left
 * to Node, so package.json is found from build/cli/ (src/faces/cli/version.ts) and a
 * command knows it was started directly (src/faces/cli/scenarios.ts).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** The commands, by the name scripts/cli.mjs is given. */
export const CLI_COMMANDS = ['demo', 'scenarios', 'template'];
export const CLI_OUTPUT = resolve(root, 'build', 'cli');

export default () => ({
  mode: 'production',
  context: root,
  target: 'node20',
  entry: Object.fromEntries(CLI_COMMANDS.map((name) => [name, `./src/faces/cli/${name}.ts`])),
  output: {
    path: CLI_OUTPUT,
    filename: '[name].mjs',
    chunkFormat: 'module',
    module: true,
    library: { type: 'module' },
    clean: true,
  },
  experiments: { outputModule: true },
  devtool: 'source-map',
  resolve: { extensions: ['.ts', '.js', '.mjs'] },
  module: {
    parser: { javascript: { importMeta: false, url: false } },
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`; here only transpile, which keeps the build fast.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
});
