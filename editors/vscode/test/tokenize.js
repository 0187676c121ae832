#!/usr/bin/env node
// Tokenizes text with the extension's TextMate grammar, the way VS Code does
// (vscode-textmate over the Oniguruma regular expressions VS Code ships), and prints
// the tokens as JSON for tests/test_vscode_grammar.py.
//
//   node test/tokenize.js FILE...          tokenize files
//   node test/tokenize.js --stdin          tokenize a JSON array of texts read from stdin
//
// Output: a JSON array with one entry per input, an array of lines, each an array of
// tokens [start, end, [scope, ...]]. Offsets count code points (as Python's str does),
// not UTF-16 units, so the test can compare them with the segdsl lexer's columns.
// Lines are split as VS Code splits them (\r\n, \r or \n).
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.join(__dirname, '..', 'syntaxes', 'segdsl.tmLanguage.json');
const SCOPE = 'source.segdsl';

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== SCOPE) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR);
    },
  });
  return registry.loadGrammar(SCOPE);
}

// UTF-16 index -> code point index, for every index of `line` (and its end).
function codePointIndex(line) {
  const map = new Array(line.length + 1);
  let points = 0;
  for (let i = 0; i < line.length; i++) {
    map[i] = points;
    const unit = line.charCodeAt(i);
    // A high surrogate and the low one after it are one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        map[i + 1] = points;
        i++;
      }
    }
    points++;
  }
  map[line.length] = points;
  return map;
}

function tokenize(grammar, text) {
  const lines = [];
  let state = vsctm.INITIAL;
  for (const line of text.split(/\r\n|\r|\n/)) {
    // No time limit: a slow line must show up as a slow test, not as a line VS Code
    // would leave uncoloured.
    const result = grammar.tokenizeLine(line, state, 0);
    if (result.stoppedEarly) throw new Error(`tokenizing stopped early on: ${line}`);
    const index = codePointIndex(line);
    const tokens = [];
    for (let i = 0; i < result.tokens.length; i++) {
      const token = result.tokens[i];
      // vscode-textmate ends the last token one past the line (the newline it adds).
      const end = Math.min(token.endIndex, line.length);
      if (end <= token.startIndex) continue;
      tokens.push([index[token.startIndex], index[end], token.scopes]);
    }
    lines.push(tokens);
    state = result.ruleStack;
  }
  return lines;
}

async function main(argv) {
  let texts;
  if (argv.length === 1 && argv[0] === '--stdin') {
    texts = JSON.parse(fs.readFileSync(0, 'utf8'));
    if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) {
      throw new Error('--stdin expects a JSON array of strings');
    }
  } else if (argv.length > 0 && !argv.some((a) => a.startsWith('--'))) {
    texts = argv.map((file) => fs.readFileSync(file, 'utf8'));
  } else {
    process.stderr.write('usage: node test/tokenize.js FILE... | --stdin\n');
    return 2;
  }
  const grammar = await loadGrammar();
  if (grammar === null) throw new Error(`could not load ${GRAMMAR}`);
  process.stdout.write(JSON.stringify(texts.map((text) => tokenize(grammar, text))));
  process.stdout.write('\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => { process.exitCode = status; },
  (error) => { process.stderr.write(`tokenize.js: ${error.message}\n`); process.exitCode = 1; },
);
