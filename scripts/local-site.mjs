// The local address the test build is made for (canonical links, sitemap, link previews), so the bench can serve that very
// build there: npm test builds once, and the browser tests and the bench share it.
export const LOCAL_PORT = 4610;
export const LOCAL_ORIGIN = `http://127.0.0.1:${LOCAL_PORT}`;
