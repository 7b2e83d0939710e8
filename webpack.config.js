/**
 * Builds the task pane into dist/: taskpane.html with its JS (split into
 * cacheable vendor chunks), the icons under assets/, support.html, the
 * Swedish guide as guide.sv.html with its screenshots, and
 * manifest.xml with every https://localhost:3000 URL rewritten to
 * ADDIN_BASE_URL when that is set (the production host; must be https).
 * `webpack serve` (npm run dev-server / npm start) serves the same files over
 * https on port 3000; scripts/start.ts picks the certificate.
 *
 * No eval anywhere: the task pane's Content-Security-Policy forbids it, so the
 * devtool is 'source-map' in every mode (webpack's default in development is
 * eval-based). office.js is loaded by taskpane.html from Microsoft's CDN and is
 * never bundled.
 */
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guidePage } from './scripts/guidePage.js';

const root = dirname(fileURLToPath(import.meta.url));

/** The base URL written in the source manifest.xml. */
export const DEV_BASE_URL = 'https://localhost:3000';

/**
 * ADDIN_BASE_URL without trailing slash, or the dev base URL when unset.
 * Throws (failing the build) when it is set but is not an absolute https URL:
 * Office loads add-ins only over https.
 */
export function addinBaseUrl(value = process.env.ADDIN_BASE_URL) {
  if (value === undefined || value.trim() === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `ADDIN_BASE_URL "${value}" is not a valid URL; expected e.g. https://addins.example.se/skolkostnad`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL "${value}" must use https: Office loads add-in pages only over https.`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`ADDIN_BASE_URL "${value}" must not contain a query or fragment.`);
  }
  return value.trim().replace(/\/+$/, '');
}

/** Rewrites every dev base URL in the manifest; AppDomain gets the new origin. */
export function rewriteManifest(xml, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return xml;
  const origin = new URL(baseUrl).origin;
  return xml
    .replaceAll(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(DEV_BASE_URL, baseUrl);
}

/** Certificate for `webpack serve`, chosen by scripts/start.ts through environment variables. */
function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === '1') return { type: 'http' };
  const certDir = process.env.DEV_SERVER_CERT_DIR ?? join(homedir(), '.office-addin-dev-certs');
  const key = join(certDir, 'localhost.key');
  const cert = join(certDir, 'localhost.crt');
  const ca = join(certDir, 'ca.crt');
  if (existsSync(key) && existsSync(cert)) {
    return {
      type: 'https',
      options: {
        key: readFileSync(key),
        cert: readFileSync(cert),
        ...(existsSync(ca) ? { ca: readFileSync(ca) } : {}),
      },
    };
  }
  // No Office dev certificate: webpack-dev-server makes a self-signed one.
  return { type: 'https' };
}

export default (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = addinBaseUrl();
  if (production && baseUrl === DEV_BASE_URL) {
    console.warn(
      `[build] ADDIN_BASE_URL is not set: dist/manifest.xml points at ${DEV_BASE_URL} (fine for sideloading a local build).`,
    );
  }

  return {
    mode: production ? 'production' : 'development',
    context: root,
    entry: { taskpane: './src/faces/entry/index.tsx' },
    output: {
      path: resolve(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; here only transpile, which keeps builds fast.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent change rarely: their own chunks stay cached across our releases.
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui)[\\/]/,
            name: 'fluent',
            priority: 10,
          },
        },
      },
    },
    // webpack measures uncompressed bytes; the task pane's budget (≤ 300 KB gzipped initial JS) is measured by its own bench.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/faces/entry/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/support.html', to: 'support.html' },
          // The Swedish guide with its screenshots, served beside the pane for its "Hjälp" link.
          {
            from: 'docs/guide.sv.md',
            to: 'guide.sv.html',
            transform: (content) => guidePage(content.toString('utf8')),
          },
          { from: 'docs/screenshots/*.png', to: 'screenshots/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          host: 'localhost',
          port: Number(process.env.DEV_SERVER_PORT ?? 3000),
          server: devServerTransport(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          hot: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
