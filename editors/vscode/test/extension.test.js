// extension.js outside VS Code: `node --test test/` (run by tests/test_vscode_grammar.py).
//
// The `vscode` module exists only inside the editor, so it is replaced by a small fake
// that records what the extension asks of it. vscode-languageclient is the real
// package (so the names the extension imports from it must exist), except that its
// LanguageClient class is replaced by one that records its arguments instead of
// spawning a server: the server itself, `segdsl lsp`, is tested in the Python suite.
'use strict';

const assert = require('node:assert/strict');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');
const test = require('node:test');

const ROOT = path.join(__dirname, '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// ---------------------------------------------------------------- the fakes

const state = {
  settings: {},
  folders: [],
  commands: new Map(),
  configListeners: [],
  watchers: [],
  channels: [],
  errors: [],
  errorChoice: undefined,
  executed: [],
  clients: [],
  failStart: null,
};

const fakeVscode = {
  workspace: {
    get workspaceFolders() {
      return state.folders.map((folder) => ({ uri: { fsPath: folder } }));
    },
    getConfiguration(section) {
      return { get: (key) => state.settings[`${section}.${key}`] };
    },
    createFileSystemWatcher(glob) {
      const watcher = { glob, disposed: false, dispose() { this.disposed = true; } };
      state.watchers.push(watcher);
      return watcher;
    },
    onDidChangeConfiguration(listener) {
      state.configListeners.push(listener);
      return { dispose() {} };
    },
  },
  commands: {
    registerCommand(name, callback) {
      state.commands.set(name, callback);
      return { dispose() { state.commands.delete(name); } };
    },
    async executeCommand(...args) {
      state.executed.push(args);
    },
  },
  window: {
    async showErrorMessage(message, ...items) {
      state.errors.push({ message, items });
      // The user answers later; the extension must not wait for that.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return state.errorChoice;
    },
    createOutputChannel(name) {
      const channel = { name, disposed: false, dispose() { this.disposed = true; } };
      state.channels.push(channel);
      return channel;
    },
  },
};

// vscode-languageclient subclasses a few vscode classes (CompletionItem, CodeLens, ...)
// when it is loaded; any name the fake lacks is an empty class.
const placeholders = {};
const vscodeModule = new Proxy(fakeVscode, {
  get: (target, key) => (key in target ? target[key] : (placeholders[key] ??= class {})),
});

const realClient = (() => {
  const original = Module._load;
  Module._load = function load(request, ...rest) {
    return request === 'vscode' ? vscodeModule : original.call(this, request, ...rest);
  };
  try {
    return require('vscode-languageclient/node');
  } finally {
    Module._load = original;
  }
})();

class RecordingClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, stopped: 0 });
    state.clients.push(this);
  }

  async start() {
    this.started += 1;
    if (state.failStart) throw state.failStart;
  }

  async stop() {
    this.stopped += 1;
  }
}

const original = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'vscode') return vscodeModule;
  if (request === 'vscode-languageclient/node') return { ...realClient, LanguageClient: RecordingClient };
  return original.call(this, request, ...rest);
};
const extension = require('../extension.js');

function reset() {
  Object.assign(state, {
    settings: {}, folders: [], commands: new Map(), configListeners: [], watchers: [], channels: [],
    errors: [], errorChoice: undefined, executed: [], clients: [], failStart: null,
  });
}

async function activated() {
  const context = { subscriptions: [] };
  await extension.activate(context);
  return context;
}

async function changeSetting(key) {
  for (const listener of state.configListeners) {
    listener({ affectsConfiguration: (section) => section === key });
  }
  // The restart is queued behind what is running; deactivate() waits for the queue.
  await extension.deactivate();
}

// ---------------------------------------------------------------- the tests

test('the imported names exist in the real vscode-languageclient', () => {
  assert.equal(typeof realClient.LanguageClient, 'function');
  assert.equal(realClient.TransportKind.stdio, 0);
});

test('serverCommand: bare names go to PATH, relative paths to the folder, ~ to home', () => {
  const folder = path.join(os.tmpdir(), 'shop');
  assert.deepEqual(extension.serverCommand(undefined, folder), { command: 'segdsl', args: ['lsp'] });
  assert.deepEqual(extension.serverCommand('  ', folder), { command: 'segdsl', args: ['lsp'] });
  assert.deepEqual(extension.serverCommand('segdsl-dev', folder), { command: 'segdsl-dev', args: ['lsp'] });
  assert.equal(extension.serverCommand('.venv/bin/segdsl', folder).command,
    path.join(folder, '.venv', 'bin', 'segdsl'));
  assert.equal(extension.serverCommand('.venv/bin/segdsl', undefined).command, '.venv/bin/segdsl');
  assert.equal(extension.serverCommand('~/bin/segdsl', folder).command, path.join(os.homedir(), 'bin', 'segdsl'));
  const absolute = path.join(os.tmpdir(), 'venv', 'bin', 'segdsl');
  assert.equal(extension.serverCommand(absolute, folder).command, absolute);
});

test('activation starts `segdsl lsp` over stdio for .seg files', async () => {
  reset();
  state.folders = ['/work/shop'];
  state.settings['segdsl.path'] = '.venv/bin/segdsl';
  const context = await activated();
  assert.equal(state.clients.length, 1);
  const [client] = state.clients;
  assert.equal(client.id, 'segdsl');
  assert.equal(client.started, 1);
  assert.deepEqual(client.serverOptions, {
    command: path.join('/work/shop', '.venv', 'bin', 'segdsl'),
    args: ['lsp'],
    transport: realClient.TransportKind.stdio,
    options: { cwd: '/work/shop' },
  });
  assert.deepEqual(client.clientOptions.documentSelector, [{ scheme: 'file', language: 'segdsl' }]);
  assert.equal(state.watchers.length, 1);
  assert.equal(client.clientOptions.synchronize.fileEvents, state.watchers[0]);
  assert.equal(state.watchers[0].glob, '**/*.{seg,yml,yaml}');
  assert.ok(context.subscriptions.includes(state.watchers[0]), 'the watcher is disposed with the extension');
  assert.deepEqual(state.channels.map((c) => c.name), ['segdsl']);
  assert.equal(client.clientOptions.outputChannel, state.channels[0]);
  assert.ok(context.subscriptions.includes(state.channels[0]));
  await extension.deactivate();
  assert.equal(client.stopped, 1);
});

test('the id the client uses matches the language and its trace setting in package.json', () => {
  const contributes = PACKAGE.contributes;
  assert.deepEqual(contributes.languages.map((l) => l.id), ['segdsl']);
  // vscode-languageclient reads `<id>.trace.server`.
  assert.ok('segdsl.trace.server' in contributes.configuration.properties);
  assert.equal(contributes.configuration.properties['segdsl.path'].default, 'segdsl');
});

test('changing segdsl.path restarts the server with the new command', async () => {
  reset();
  await activated();
  assert.equal(state.clients[0].serverOptions.command, 'segdsl');
  state.settings['segdsl.path'] = '/opt/segdsl/bin/segdsl';
  await changeSetting('segdsl.path');
  assert.equal(state.clients.length, 2);
  assert.equal(state.clients[0].stopped, 1);
  assert.equal(state.clients[1].serverOptions.command, '/opt/segdsl/bin/segdsl');
  assert.equal(state.clients[1].started, 1);
  // Every client logs to the one panel.
  assert.equal(state.channels.length, 1);
  assert.equal(state.clients[1].clientOptions.outputChannel, state.channels[0]);
});

test('other settings do not restart the server', async () => {
  reset();
  await activated();
  await changeSetting('editor.fontSize');
  assert.equal(state.clients.length, 1);
});

test('the restart command is the one package.json contributes, and restarts', async () => {
  reset();
  await activated();
  const contributed = PACKAGE.contributes.commands.map((c) => c.command);
  assert.deepEqual([...state.commands.keys()], contributed);
  await state.commands.get('segdsl.restartServer')();
  assert.equal(state.clients.length, 2);
  assert.equal(state.clients[0].stopped, 1);
  assert.equal(state.clients[1].started, 1);
  await extension.deactivate();
});

test('a server that cannot start is reported with the command and the setting', async () => {
  reset();
  state.settings['segdsl.path'] = '/nowhere/segdsl';
  state.failStart = new Error('spawn /nowhere/segdsl ENOENT');
  state.errorChoice = 'Open Settings';
  await activated();
  // Activation is over before the user has answered the message.
  assert.deepEqual(state.executed, []);
  assert.equal(state.errors.length, 1);
  const [{ message, items }] = state.errors;
  assert.match(message, /`\/nowhere\/segdsl lsp`/);
  assert.match(message, /ENOENT/);
  assert.match(message, /"segdsl\.path"/);
  assert.deepEqual(items, ['Open Settings']);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(state.executed, [['workbench.action.openSettings', 'segdsl.path']]);
  // Nothing is left running to stop.
  await extension.deactivate();
  assert.equal(state.clients[0].stopped, 0);
});

test('package.json points at files that exist', () => {
  assert.ok(fs.existsSync(path.join(ROOT, PACKAGE.main)));
  for (const grammar of PACKAGE.contributes.grammars) {
    assert.ok(fs.existsSync(path.join(ROOT, grammar.path)), grammar.path);
  }
  for (const language of PACKAGE.contributes.languages) {
    assert.ok(fs.existsSync(path.join(ROOT, language.configuration)), language.configuration);
  }
  assert.deepEqual(PACKAGE.activationEvents, ['onLanguage:segdsl']);
});

test('language-configuration: # comments, brackets, and a word pattern for segdsl words', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  assert.deepEqual(config.comments, { lineComment: '#' });
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
  const pairs = config.autoClosingPairs.map((p) => p.open + p.close);
  assert.deepEqual(pairs.sort(), ['""', '()', '[]']);
  // VS Code builds the word pattern with the global flag and takes the match around
  // the cursor; the whole of each of these must be one word.
  const word = new RegExp(config.wordPattern, 'g');
  const words = (text) => text.match(word);
  assert.deepEqual(words('where orders_30d >= 1_000.50'), ['where', 'orders_30d', '1_000.50']);
  assert.deepEqual(words('since 2026-01-31 and 2026-01-31T08:00:00.250+00:00'),
    ['since', '2026-01-31', 'and', '2026-01-31T08:00:00.250+00:00']);
  assert.deepEqual(words('account.industry, _x1'), ['account', 'industry', '_x1']);
  assert.equal(word.test(''), false);
});
