// Quotetracker dashboard: wires the live feed, the speaker view and the
// attribution check together. Plain ES modules, no dependencies.

import { onAuthNeeded, setToken } from './api.js';
import { startFeed } from './feed.js';
import { startSpeakers } from './speakers.js';
import { startCheck } from './check.js';

const speakers = startSpeakers();
const showSpeaker = (sp) => speakers.select(sp);
const feed = startFeed({ onSpeaker: showSpeaker });
startCheck({ onSpeaker: showSpeaker });

// A server with authentication on answers Unauthenticated: ask for a token
// (kept for this browser tab only) and start again with it.
const tokenForm = document.getElementById('token-form');
const tokenInput = document.getElementById('token-input');
onAuthNeeded(() => {
  if (tokenForm.hidden) {
    tokenForm.hidden = false;
    tokenInput.focus();
  }
});
tokenForm.addEventListener('submit', (e) => {
  e.preventDefault();
  setToken(tokenInput.value.trim());
  tokenInput.value = '';
  tokenForm.hidden = true;
  feed.reconnect();
  speakers.refresh();
});

// A new quote may mean a new speaker: refresh the speaker list now and then
// while it is on screen.
let refreshTimer = null;
new MutationObserver(() => {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => { refreshTimer = null; speakers.refresh(); }, 2000);
}).observe(document.getElementById('feed-list'), { childList: true });
