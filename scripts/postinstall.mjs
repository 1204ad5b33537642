// Runs after npm install: explains the one kind of install warning a newcomer may see, right below it.
// npm itself may run on an older Node than the project's (its user agent says which); the scripts do not.
const npmNode = /node\/v(\d+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
if (npmNode && Number(npmNode) < 22) {
  console.log(
    `\nNote: npm ran on Node ${npmNode}, so it printed "EBADENGINE Unsupported engine" warnings above. They are harmless: every project script runs on the project's own Node 24 (the pinned "node" package), which those packages need.\n`,
  );
}
