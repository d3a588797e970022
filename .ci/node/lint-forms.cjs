#!/usr/bin/env node
// Imports every Camunda Form given on the command line with form-js 1.8 (@bpmn-io/form-js-viewer,
// pinned in package.json), as Tasklist's form-js renders it: the viewer needs a DOM, so jsdom
// provides one. A form fails when it is not JSON, states a schemaVersion above the one this
// form-js supports, or does not import (an unknown component type, a duplicate id or key, ...).
// Prints one line per form and "Forms: N passed, M failed"; exits 1 on any failure.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
// form-js reads these as globals, some of them as soon as it is loaded.
for (const name of [
  'window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent',
  'MouseEvent', 'CustomEvent', 'DOMParser', 'getComputedStyle', 'requestAnimationFrame',
  'cancelAnimationFrame', 'MutationObserver'
]) {
  if (!(name in globalThis)) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
}

const { createForm, schemaVersion: supportedSchemaVersion } = require('@bpmn-io/form-js-viewer');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: lint-forms.cjs FORM...');
  process.exit(2);
}

async function check(file) {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Number.isInteger(schema.schemaVersion)) {
    throw new Error('no integer schemaVersion');
  }
  if (schema.schemaVersion > supportedSchemaVersion) {
    throw new Error(`schemaVersion ${schema.schemaVersion} is above ${supportedSchemaVersion}, the highest form-js 1.8 reads`);
  }
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = await createForm({ schema, container });
  try {
    const components = count(form._getState().schema);
    if (container.querySelector('.fjs-form') === null) {
      throw new Error('nothing rendered');
    }
    return components;
  } finally {
    form.destroy();
    container.remove();
  }
}

function count(component) {
  return (component.components || []).reduce((n, child) => n + 1 + count(child), 0);
}

(async () => {
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file);
    try {
      const components = await check(file);
      passed++;
      console.log(`ok    ${name} (${components} components)`);
    } catch (error) {
      failed++;
      console.log(`FAIL  ${name}: ${error.message}`);
    }
  }
  console.log(`Forms: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
