// Validates every element template under element-templates/ as Camunda Modeler does when it loads them
// (@bpmn-io/element-templates-validator, the Camunda 7 element templates JSON schema). Any error fails the run.
'use strict';

const fs = require('fs');
const path = require('path');
const { validateAll } = require('@bpmn-io/element-templates-validator');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const folder = path.join(root, 'element-templates');
const files = fs.readdirSync(folder).filter(name => name.endsWith('.json'));
if (files.length === 0) {
  console.error(`no element templates under ${folder}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const templates = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  const { valid, results } = validateAll(templates);
  if (valid) {
    console.log(`ok   element-templates/${file} (${templates.length} templates)`);
    continue;
  }
  failed++;
  console.log(`FAIL element-templates/${file}`);
  results.filter(result => !result.valid).forEach(result => result.errors.forEach(error =>
    console.log(`     ${result.object.id || '?'}: ${error.message}${error.dataPointer ? ' at ' + error.dataPointer : ''}`)));
}
console.log(`element templates: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
