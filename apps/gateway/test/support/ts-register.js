// Lets a child process run the TypeScript sources directly (as Jest does): transpile only,
// and resolve @alliance/* to the packages' src folders.
const path = require('node:path');
const Module = require('node:module');
const root = path.resolve(__dirname, '..', '..', '..', '..');
require('ts-node').register({ transpileOnly: true, project: path.join(root, 'apps', 'gateway', 'tsconfig.json') });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const match = /^@alliance\/([a-z-]+)$/.exec(request);
  if (match) request = match[1] === 'gateway' ? path.join(root, 'apps', 'gateway', 'src') : path.join(root, 'packages', match[1], 'src');
  return resolve.call(this, request, ...rest);
};
require('reflect-metadata');
