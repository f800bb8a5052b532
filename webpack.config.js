// Builds the task pane and the ribbon command code into dist/ with the manifest, the icons and the help page.
//   npm run build        production bundle
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (the manifest's URLs)
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ICON_SIZES = [16, 32, 64, 80, 128];

/** Every file the build writes that the manifest may point at (the manifest test checks against this). */
const outputs = ['taskpane.html', 'commands.html', 'notice.html', 'help.html', 'manifest.xml', ...ICON_SIZES.map((s) => `assets/icon-${s}.png`)];

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'es2020', sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/help.html', to: 'help.html' },
          // the ribbon command's notice dialog (src/commands/notice.ts): same origin as commands.html
          { from: 'src/commands/notice.html', to: 'notice.html' },
          ...ICON_SIZES.map((s) => ({ from: `assets/icon-${s}.png`, to: `assets/icon-${s}.png` })),
        ],
      }),
    ],
  };
  if (env.WEBPACK_SERVE) {
    config.devServer = {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      static: { directory: path.resolve(__dirname, 'dist') },
    };
  }
  return config;
};
module.exports.outputs = outputs;
