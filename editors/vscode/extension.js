// The segdsl extension for VS Code.
//
// Colouring needs no code: package.json contributes the TextMate grammar. This file
// starts the language server, `segdsl lsp`, which speaks LSP over stdio, for the
// .seg files of the workspace, and restarts it when `segdsl.path` changes or on the
// "segdsl: Restart Language Server" command. Plain JavaScript, so the folder is the
// extension as it is: no build step.
'use strict';

const os = require('os');
const path = require('path');
const vscode = require('vscode');

const LANGUAGE = 'segdsl';

/**
 * The language server's command line for the `segdsl.path` setting: the executable
 * and `lsp`. A bare name (`segdsl`) is left to the system's PATH lookup; `~` is the
 * home folder; a relative path with a separator (`.venv/bin/segdsl`) is read from
 * the workspace folder, where a project's virtual environment usually is.
 */
function serverCommand(configured, folder) {
  let command = typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'segdsl';
  if (command === '~' || command.startsWith('~/') || command.startsWith('~\\')) {
    command = path.join(os.homedir(), command.slice(1));
  }
  if (!path.isAbsolute(command) && /[\\/]/.test(command) && folder) {
    command = path.join(folder, command);
  }
  return { command, args: ['lsp'] };
}

/** The `ServerOptions` of vscode-languageclient: spawn the command, talk over stdio. */
function serverOptions(configured, folder, transportStdio) {
  const { command, args } = serverCommand(configured, folder);
  return {
    command,
    args,
    transport: transportStdio,
    // The project is found upward from the open files, so the working folder only
    // matters for relative paths the server might print.
    options: folder ? { cwd: folder } : {},
  };
}

// A definition may use names from other .seg files and from schema.yml, so the server
// hears of changes to files that are not open in the editor
// (workspace/didChangeWatchedFiles).
const WATCHED = '**/*.{seg,yml,yaml}';

/**
 * What the client sends the server (.seg files on disk, and the changes the watcher
 * sees), and where it logs: one output panel for every restart.
 */
function clientOptions(watcher, outputChannel) {
  return {
    documentSelector: [{ scheme: 'file', language: LANGUAGE }],
    synchronize: { fileEvents: watcher },
    outputChannel,
  };
}

let client = null;
// One watcher and one output panel for the whole session, whichever client is running.
let watcher = null;
let output = null;
// Starts and stops run one after the other, never interleaved.
let queue = Promise.resolve();

function enqueue(step) {
  queue = queue.then(step, step);
  return queue;
}

async function start() {
  const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
  const folders = vscode.workspace.workspaceFolders;
  const folder = folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
  const configured = vscode.workspace.getConfiguration(LANGUAGE).get('path');
  const server = serverOptions(configured, folder, TransportKind.stdio);
  const candidate = new LanguageClient(LANGUAGE, 'segdsl', server, clientOptions(watcher, output));
  try {
    await candidate.start();
    client = candidate;
  } catch (error) {
    const reason = error && error.message ? error.message : String(error);
    // Not awaited: activation must not wait for the user to close the message.
    vscode.window.showErrorMessage(
      `segdsl: could not start the language server \`${server.command} lsp\` (${reason}). ` +
        'Install segdsl (pip install segdsl) or point the "segdsl.path" setting at the executable.',
      'Open Settings',
    ).then((choice) => {
      if (choice === 'Open Settings') {
        vscode.commands.executeCommand('workbench.action.openSettings', `${LANGUAGE}.path`);
      }
    });
  }
}

async function stop() {
  const running = client;
  client = null;
  if (running === null) return;
  try {
    await running.stop();
  } catch {
    // Already stopped (the server exited): nothing left to do.
  }
}

function activate(context) {
  watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
  output = vscode.window.createOutputChannel('segdsl');
  context.subscriptions.push(
    watcher,
    output,
    vscode.commands.registerCommand(`${LANGUAGE}.restartServer`, () => enqueue(async () => {
      await stop();
      await start();
    })),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${LANGUAGE}.path`)) {
        enqueue(async () => {
          await stop();
          await start();
        });
      }
    }),
  );
  return enqueue(start);
}

function deactivate() {
  return enqueue(stop);
}

module.exports = { activate, deactivate, serverCommand, serverOptions, clientOptions, WATCHED };
