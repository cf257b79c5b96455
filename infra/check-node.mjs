// Every npm script runs on the Node that `npm ci` installs (the `node` devDependency, Lambda's
// nodejs24.x). Where that install step could not run, npm falls back to the system Node, below what
// vitest 5 and middy 7 need: stop with a clear message instead of failing in odd ways later.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `This project needs Node.js 22 or later (it pins Node 24 through the "node" devDependency), but the scripts run on ${process.version}.\n` +
      'Run "npm ci" again and check that it installs node_modules/.bin/node, or install Node 24 yourself.',
  );
  process.exit(1);
}
