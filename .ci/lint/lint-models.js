// Lints every BPMN file under bpmn/ the way Camunda Modeler's linter (@camunda/linting) does for a diagram
// declaring Camunda Platform 7.24: bpmnlint:correctness plus bpmnlint-plugin-camunda-compat's
// camunda-platform-7-24 rules, read with the Camunda moddle extension. bpmnlint:recommended runs as well,
// since it is what keeps diagrams readable. Any finding of either fails the run.
'use strict';

const fs = require('fs');
const path = require('path');
const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');
const modelerModdle = require('modeler-moddle/resources/modeler.json');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const configs = {
  'Camunda Modeler (Camunda Platform 7.24)': {
    extends: ['plugin:camunda-compat/camunda-platform-7-24', 'bpmnlint:correctness']
  },
  'bpmnlint recommended': { extends: 'bpmnlint:recommended' }
};

function bpmnFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : bpmnFiles(full);
    return entry.name.endsWith('.bpmn') ? [full] : [];
  });
}

async function lintFile(file) {
  const moddle = new BpmnModdle({ camunda: camundaModdle, modeler: modelerModdle });
  const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
  const findings = warnings.map(w => `read: ${w.message}`);
  if (rootElement.get('modeler:executionPlatform') !== 'Camunda Platform'
      || rootElement.get('modeler:executionPlatformVersion') !== '7.24.0') {
    findings.push('definitions: modeler:executionPlatform="Camunda Platform" and modeler:executionPlatformVersion="7.24.0"'
      + ' are required; without them the Modeler does not lint the diagram');
  }
  for (const [name, config] of Object.entries(configs)) {
    const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
    const reports = await linter.lint(rootElement);
    for (const [rule, ruleReports] of Object.entries(reports)) {
      for (const report of ruleReports) {
        findings.push(`${name}: ${rule}: ${report.id || ''} ${report.message} (${report.category})`);
      }
    }
  }
  return findings;
}

(async () => {
  const files = bpmnFiles(path.join(root, 'bpmn'));
  if (files.length === 0) {
    console.error(`no BPMN files under ${path.join(root, 'bpmn')}`);
    process.exit(1);
  }
  let failed = 0;
  for (const file of files) {
    const findings = await lintFile(file);
    const name = path.relative(root, file);
    if (findings.length === 0) {
      console.log(`ok   ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}`);
      findings.forEach(f => console.log(`     ${f}`));
    }
  }
  console.log(`model lint: ${files.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch(e => {
  console.error(e);
  process.exit(1);
});
