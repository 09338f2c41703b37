// Commands for widget tests that need the browser's own view of the network
// (web-test-runner server commands, Chrome launcher only):
//   executeServerCommand('network-record')             start recording every request the page makes
//   executeServerCommand('network-requests')           the URLs requested since then (iframes included)
//   executeServerCommand('network-offline', { forMs })   take the page offline for `forMs`, as DevTools does.
//     Offline also cuts the test runner's own connection, so the server brings the page back
//     online by itself; do not await the command (its answer arrives after reconnecting).
//   executeServerCommand('network-block', { urls })    make requests to URLs matching these patterns (`*` wildcards) fail; [] lifts it
export function browserNetworkPlugin() {
  const recordings = new Map();
  const devtools = new Map();
  return {
    name: 'smp-kit-browser-network',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('network-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'network-record': {
          const previous = recordings.get(session.id);
          if (previous) page.off('request', previous.listener);
          const urls = [];
          const listener = (request) => urls.push(request.url());
          page.on('request', listener);
          recordings.set(session.id, { urls, listener });
          return true;
        }
        case 'network-requests':
          // The page's requests reach us as DevTools events, this command by the test runner's own
          // socket: under load it can arrive first. A round trip on the DevTools connection (events
          // come in order) and a short pause let the events already sent be counted.
          await page.evaluate(() => 0);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return recordings.get(session.id)?.urls ?? [];
        case 'network-block': {
          if (!devtools.has(session.id)) {
            const client = await page.target().createCDPSession();
            await client.send('Network.enable');
            devtools.set(session.id, client);
          }
          await devtools.get(session.id).send('Network.setBlockedURLs', { urls: payload?.urls ?? [] });
          return true;
        }
        case 'network-offline':
          await page.setOfflineMode(true);
          setTimeout(() => page.setOfflineMode(false).catch(() => {}), Number(payload?.forMs) || 1000);
          return true;
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
