// The layering of src/, checked by `npm run deps` (dependency-cruiser) in CI. The pipeline flows
// one way: model / diagnostics / text / io at the bottom, then parse, validate / analyse, layout,
// render, compile.ts, batch and serve, and the CLI on top. What dependency-cruiser cannot see
// (process.exit, process.kill, signal handlers outside src/cli) is checked by
// scripts/check-process-apis.mjs, which `npm run deps` also runs.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'parse-not-validate',
      comment: "Parsing only reads the source; checking it against the model is validate's job, one layer up.",
      severity: 'error',
      from: { path: '^src/parse/' },
      to: { path: '^src/validate/' },
    },
    {
      name: 'layout-not-render',
      comment: 'Layout produces a Scene; renderers consume it. Layout never knows a back-end.',
      severity: 'error',
      from: { path: '^src/layout/' },
      to: { path: '^src/render/' },
    },
    {
      name: 'bottom-stays-bottom',
      comment: 'model, diagnostics, text and io are the bottom layer: they import nothing else of cjm.',
      severity: 'error',
      from: { path: '^src/(model|diagnostics|text|io)/' },
      to: { path: '^src/', pathNot: '^src/(model|diagnostics|text|io)/' },
    },
    {
      name: 'pipeline-not-upwards',
      comment: 'The pipeline steps (parse … render) never import what drives them: compile, batch, serve, cli.',
      severity: 'error',
      from: { path: '^src/(parse|validate|analyse|layout|render|report|convert|i18n|init)/' },
      to: { path: '^src/(compile\\.ts|index\\.ts|batch/|serve/|cli/)' },
    },
    {
      name: 'only-cli-imports-cli',
      comment: 'The CLI is the top: the library, and the package entry src/index.ts, never import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders form a one-way graph: no folder imports (through others) a folder that imports it.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count (tsPreCompilationDeps): a type from a higher layer is still a dependency on it.
  },
};
