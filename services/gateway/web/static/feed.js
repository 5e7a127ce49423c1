// The live feed: WatchQuotes over a streaming fetch, newest at the top,
// resumed from the last position seen after any error or disconnect.

import { call, stream, Code } from './api.js';
import { h, quoteItem, fmtClock, plural } from './util.js';

const maxItems = 500;
const recentCount = 20;

export function startFeed({ onSpeaker }) {
  const list = document.getElementById('feed-list');
  const empty = document.getElementById('feed-empty');
  const errorBox = document.getElementById('feed-error');
  const count = document.getElementById('feed-count');
  const conn = document.getElementById('conn');
  const connText = document.getElementById('conn-text');
  const retryButton = document.getElementById('conn-retry');

  const seen = new Set();
  let lastPosition = 0n; // position of the newest quote received
  let received = 0; // live quotes since the page opened
  let attempt = 0; // failed connections in a row
  let controller = null;
  let retryTimer = null;
  let countdown = null;
  let unseen = 0; // live quotes that came while the tab was hidden
  const openedAt = new Date();
  const title = document.title;

  function setState(state, text) {
    conn.dataset.state = state;
    connText.textContent = text;
    retryButton.hidden = state !== 'reconnecting';
  }

  function showError(msg) {
    errorBox.textContent = msg || '';
    errorBox.hidden = !msg;
  }

  function updateCounts() {
    empty.hidden = list.children.length > 0;
    count.textContent = received ? `${plural(received, 'new statement')} since ${fmtClock(openedAt)}` : '';
    document.title = unseen ? `(${unseen}) ${title}` : title;
  }

  // add puts a quote into the list: live ones at the top, recent ones
  // (listed when the page opens) below them.
  function add(q, live) {
    if (!q || !q.id || seen.has(q.id)) return;
    seen.add(q.id);
    const at = live ? h('span', { class: 'arrived' }, ` · received ${fmtClock(new Date())}`) : null;
    const li = quoteItem(q, { onSpeaker, extra: at, testid: 'feed-item' });
    li.dataset.live = live ? 'true' : 'false';
    if (live) {
      li.classList.add('new');
      // Keep the place of a reader who has scrolled down; at the top, the
      // new statement shows.
      const reading = list.scrollTop > 4;
      const before = list.scrollHeight;
      list.prepend(li);
      if (reading) list.scrollTop += list.scrollHeight - before;
      received++;
      if (document.hidden) unseen++;
    } else {
      list.append(li);
    }
    while (list.children.length > maxItems) {
      const last = list.lastElementChild;
      seen.delete(last.dataset.quoteId);
      last.remove();
    }
    updateCounts();
  }

  async function loadRecent() {
    try {
      const resp = await call('ListQuotes', { pageSize: recentCount });
      for (const q of resp.quotes || []) add(q, false);
      return true;
    } catch (err) {
      showError('Could not list recent statements. ' + (err.readable || err.message));
      return false;
    } finally {
      updateCounts();
    }
  }

  function onMessage(result) {
    if (result.position !== undefined) {
      try {
        const p = BigInt(result.position);
        if (p > lastPosition) lastPosition = p;
      } catch { /* keep the last good position */ }
    }
    attempt = 0;
    setState('live', 'Live');
    showError('');
    add(result.quote, true);
  }

  function connect() {
    clearTimeout(retryTimer);
    clearInterval(countdown);
    if (controller) controller.abort();
    controller = new AbortController();
    const { signal } = controller;
    setState('connecting', attempt ? 'Reconnecting…' : 'Connecting…');
    const req = lastPosition > 0n ? { afterPosition: lastPosition.toString() } : {};
    const done = stream('WatchQuotes', req, onMessage, {
      signal,
      onOpen: () => { attempt = 0; setState('live', 'Live'); },
    });
    // The server answers a stream only with its first message, so a
    // pending request says nothing. A quick unary call tells whether the
    // server is there: if it is, and the stream has not failed, it is live.
    // Until a quote has come, there is no position to resume from: list
    // the recent ones again so that none stored meanwhile is missed.
    const probe = lastPosition === 0n ? loadRecent() : call('ListSpeakers', { pageSize: 1 }).then(() => true, () => false);
    probe.then((ok) => {
      if (ok && !signal.aborted && conn.dataset.state === 'connecting') {
        setState('live', 'Live');
        showError('');
      }
    });
    done.then(
      () => { if (!signal.aborted) retry(null); },
      (err) => { if (!signal.aborted && err.name !== 'AbortError') retry(err); },
    );
  }

  function retry(err) {
    if (err && (err.code === Code.Unauthenticated || err.code === Code.PermissionDenied)) {
      setState('error', 'Not authorised');
      showError(err.readable);
      return; // the token form reconnects
    }
    if (err && err.code === Code.Unimplemented) {
      setState('error', 'Not available');
      showError(err.readable);
      return;
    }
    if (!navigator.onLine) {
      setState('offline', 'Offline — waiting for the network');
      return; // the online event reconnects
    }
    attempt++;
    const delay = Math.min(30, 2 ** Math.min(attempt - 1, 5)); // 1, 2, 4, … 30 s
    let left = delay;
    const why = err ? (err.readable || err.message) : 'the server ended the stream';
    showError(`Live feed interrupted: ${why}`);
    const tick = () => setState('reconnecting', `Reconnecting in ${left} s`);
    tick();
    countdown = setInterval(() => { left--; if (left > 0) tick(); }, 1000);
    retryTimer = setTimeout(() => { clearInterval(countdown); connect(); }, delay * 1000);
  }

  retryButton.addEventListener('click', () => connect());
  window.addEventListener('online', () => connect());
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && unseen) {
      unseen = 0;
      updateCounts();
    }
  });
  window.addEventListener('offline', () => {
    if (controller) controller.abort();
    clearTimeout(retryTimer);
    clearInterval(countdown);
    setState('offline', 'Offline — waiting for the network');
  });

  updateCounts();
  connect();
  return { reconnect: connect };
}
