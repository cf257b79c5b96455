// Every npm script runs on the Node that `npm ci` installs (the `node` devDependency, Lambda's
// nodejs24.x). Where that install step could not run, npm falls back to the system Node, below what
// vitest 5 and middy 7 need: stop with a clear message instead of failing in odd ways later.
// Plain JavaScript on purpose: it must run before anything (tsx included) that an old Node may break.
const MINIMUM_NODE_MAJOR = 22;
const major = Number(process.versions.node.split('.')[0]);
if (major < MINIMUM_NODE_MAJOR) {
  console.error(
    `This project needs Node.js ${MINIMUM_NODE_MAJOR} or later (it pins Node 24 through the "node" devDependency), but the scripts run on ${process.version}.\n` +
      'Run "npm ci" again and check that it installs node_modules/.bin/node, or install Node 24 yourself.',
  );
  process.exit(1);
}
