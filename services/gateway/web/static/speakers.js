// The speaker view: find a speaker (ListSpeakers by name prefix), then see
// their statements newest first with paging (ListQuotes) and a histogram of
// statements over time drawn in SVG.

import { call } from './api.js';
import { h, svg, quoteItem, parseTime, fmtDay, isoDay, plural, speakerName, debounce } from './util.js';

const pageSize = 20;
const timelineLimit = 1000;
const dayMs = 86400000;

const kindNames = {
  SPEAKER_KIND_PERSON: 'person',
  SPEAKER_KIND_ORGANIZATION: 'organisation',
  SPEAKER_KIND_ANONYMOUS: 'unnamed source',
};

export function startSpeakers() {
  const $ = (id) => document.getElementById(id);
  const search = $('speaker-search');
  const list = $('speaker-list');
  const errorBox = $('speaker-error');
  const detail = $('speaker-detail');
  const names = $('speaker-names');
  const quotes = $('speaker-quotes');
  const more = $('speaker-more');
  const filter = $('speaker-filter');

  let listGen = 0; // the latest speaker search; older answers are dropped
  let gen = 0; // the latest speaker selection
  let current = null; // { id, name }
  let range = null; // { start: Date, end: Date, label }
  let nextToken = '';

  function showError(msg) {
    errorBox.textContent = msg || '';
    errorBox.hidden = !msg;
  }

  async function find(prefix) {
    const mine = ++listGen;
    try {
      const resp = await call('ListSpeakers', { namePrefix: prefix, pageSize: 12 });
      if (mine !== listGen) return;
      showError('');
      renderList(resp.speakers || [], prefix);
      if (!prefix) fillNames(resp.speakers || []);
    } catch (err) {
      if (mine === listGen) showError('Could not list speakers. ' + (err.readable || err.message));
    }
  }

  function fillNames(speakers) {
    names.replaceChildren(...speakers.map((s) => h('option', { value: speakerName(s.speaker) })));
  }

  function renderList(speakers, prefix) {
    if (!speakers.length) {
      list.replaceChildren(h('li', { class: 'none' }, prefix ? `No speaker's name or alias starts with “${prefix}”.` : 'No speakers yet.'));
      return;
    }
    list.replaceChildren(...speakers.map((s) => {
      const sp = s.speaker || {};
      const n = Number(s.quoteCount || 0);
      const last = parseTime(s.lastQuoteAt);
      return h('li', null, h('button', { type: 'button', class: 'speaker-pick', 'data-testid': 'speaker-option', 'data-speaker-id': sp.id, onclick: () => select(sp) },
        h('span', { class: 'name' }, speakerName(sp)),
        h('span', { class: 'sub' }, [sp.title || kindNames[sp.kind] || '', plural(n, 'statement'), last ? 'latest ' + fmtDay(last) : ''].filter(Boolean).join(' · '))));
    }));
  }

  // select shows one speaker; sp needs an id or a name.
  async function select(sp, { scroll = true } = {}) {
    const key = sp.id || sp.name;
    if (!key) return;
    const mine = ++gen;
    current = { id: key, name: speakerName(sp) };
    range = null;
    filter.hidden = true;
    detail.hidden = false;
    list.hidden = true;
    $('speaker-name').textContent = current.name;
    $('speaker-meta').textContent = sp.title || '';
    $('speaker-aliases').textContent = '';
    $('timeline').replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    quotes.replaceChildren();
    more.hidden = true;
    if (location.hash !== '#speaker=' + encodeURIComponent(key)) history.replaceState(null, '', '#speaker=' + encodeURIComponent(key));
    if (scroll) $('speaker').scrollIntoView({ behavior: 'smooth', block: 'start' });

    call('GetSpeaker', { speaker: key }).then((resp) => {
      if (mine !== gen || !resp.speaker) return;
      const s = resp.speaker;
      const info = s.speaker || {};
      current.id = info.id || key;
      $('speaker-name').textContent = speakerName(info);
      const first = parseTime(s.firstQuoteAt);
      const last = parseTime(s.lastQuoteAt);
      const facts = [info.title, kindNames[info.kind], plural(Number(s.quoteCount || 0), 'statement')];
      if (first && last) facts.push(isoDay(first) === isoDay(last) ? `on ${fmtDay(first)}` : `${fmtDay(first)} – ${fmtDay(last)}`);
      $('speaker-meta').textContent = facts.filter(Boolean).join(' · ');
      const aliases = (info.aliases || []).filter((a) => a && a !== info.name);
      $('speaker-aliases').textContent = aliases.length ? 'Also known as: ' + aliases.join('; ') : '';
    }, (err) => {
      if (mine === gen) $('speaker-meta').textContent = err.readable || err.message;
    });
    loadTimeline(mine);
    await loadQuotes(mine, true);
  }

  async function loadQuotes(mine, fresh) {
    const req = { speaker: current.id, pageSize };
    if (range) {
      req.startTime = range.start.toISOString();
      req.endTime = range.end.toISOString();
    }
    if (!fresh) req.pageToken = nextToken;
    more.disabled = true;
    try {
      const resp = await call('ListQuotes', req);
      if (mine !== gen) return;
      if (fresh) quotes.replaceChildren();
      for (const q of resp.quotes || []) quotes.append(quoteItem(q, { testid: 'speaker-quote', showSpeaker: false }));
      if (!quotes.children.length) quotes.append(h('li', { class: 'none' }, 'No statements in this period.'));
      nextToken = resp.nextPageToken || '';
      more.hidden = !nextToken;
    } catch (err) {
      if (mine === gen) quotes.append(h('li', { class: 'error', role: 'alert' }, 'Could not list statements. ' + (err.readable || err.message)));
    } finally {
      more.disabled = false;
    }
  }

  async function loadTimeline(mine) {
    const box = $('timeline');
    try {
      const resp = await call('ListQuotes', { speaker: current.id, pageSize: timelineLimit });
      if (mine !== gen) return;
      const dates = (resp.quotes || []).map((q) => parseTime(q.saidAt)).filter(Boolean);
      const capped = resp.nextPageToken ? ` (latest ${timelineLimit})` : '';
      box.replaceChildren(drawTimeline(dates, capped));
    } catch (err) {
      if (mine === gen) box.replaceChildren(h('p', { class: 'error' }, 'No timeline. ' + (err.readable || err.message)));
    }
  }

  // drawTimeline is a bar chart of statements per day, week or month
  // (whichever keeps the bars readable); a bar filters the list to its
  // period.
  function drawTimeline(dates, capped) {
    if (!dates.length) return h('p', { class: 'muted' }, 'No dated statements.');
    const times = dates.map((d) => d.getTime());
    let lo = startOfDay(Math.min(...times));
    let hi = startOfDay(Math.max(...times));
    const spanDays = (hi - lo) / dayMs + 1;
    const unit = spanDays <= 92 ? 'day' : spanDays <= 731 ? 'week' : 'month';
    if (unit === 'day' && spanDays < 14) { // a little context around few days
      const pad = 14 - spanDays;
      lo -= Math.ceil(pad / 2) * dayMs;
      hi += Math.floor(pad / 2) * dayMs;
    }
    const buckets = [];
    for (let t = floorTo(lo, unit); t <= hi; t = step(t, unit)) buckets.push({ start: t, end: step(t, unit), n: 0 });
    for (const t of times) {
      const b = buckets.find((x) => t >= x.start && t < x.end);
      if (b) b.n++;
    }
    const maxN = Math.max(...buckets.map((b) => b.n));
    const W = 600;
    const H = 110;
    const gap = buckets.length > 60 ? 1 : 2;
    const bw = W / buckets.length;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'bars', role: 'group', 'aria-label': `Statements per ${unit}` },
      svg('line', { x1: 0, x2: W, y1: H - 0.5, y2: H - 0.5, class: 'axis' }));
    for (const b of buckets) {
      const label = `${labelFor(b, unit)}: ${plural(b.n, 'statement')}`;
      const bh = b.n ? Math.max(3, (b.n / maxN) * (H - 6)) : 0;
      const bar = svg('rect', { x: (buckets.indexOf(b) * bw + gap / 2).toFixed(2), y: (H - bh).toFixed(2), width: Math.max(0.5, bw - gap).toFixed(2), height: bh.toFixed(2), class: b.n ? 'bar' : 'bar zero' },
        svg('title', null, label));
      if (b.n) {
        bar.setAttribute('tabindex', '0');
        bar.setAttribute('role', 'button');
        bar.setAttribute('aria-label', label + '. Show them.');
        bar.setAttribute('data-testid', 'timeline-bar');
        const pick = () => setRange({ start: new Date(b.start), end: new Date(b.end), label: labelFor(b, unit) });
        bar.addEventListener('click', pick);
        bar.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
      }
      chart.append(bar);
    }
    const busiest = buckets.reduce((a, b) => (b.n > a.n ? b : a));
    return h('div', { class: 'chart' },
      h('div', { class: 'chart-body' },
        h('span', { class: 'ymax', 'aria-hidden': 'true' }, String(maxN)),
        chart),
      h('div', { class: 'chart-axis', 'aria-hidden': 'true' },
        h('span', null, labelFor(buckets[0], unit)),
        h('span', null, labelFor(buckets[buckets.length - 1], unit))),
      h('p', { class: 'chart-note' },
        `${plural(dates.length, 'statement')}${capped} by ${unit}. Busiest: ${labelFor(busiest, unit)} (${busiest.n}). Select a bar to list that ${unit} only.`));
  }

  function setRange(r) {
    range = r;
    $('speaker-filter-text').textContent = `Showing ${r.label} only.`;
    filter.hidden = false;
    loadQuotes(gen, true);
  }

  function close() {
    gen++;
    current = null;
    detail.hidden = true;
    list.hidden = false;
    history.replaceState(null, '', location.pathname + location.search);
    search.focus();
  }

  function fromHash() {
    const m = /^#speaker=(.+)$/.exec(location.hash);
    if (!m) return;
    let key;
    try { key = decodeURIComponent(m[1]); } catch { return; }
    if (!current || current.id !== key) select({ id: key }, { scroll: false });
  }

  search.addEventListener('input', debounce(() => {
    if (!detail.hidden) close();
    find(search.value.trim());
  }, 200));
  $('speaker-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const first = list.querySelector('button.speaker-pick');
    if (first) first.click();
  });
  $('speaker-close').addEventListener('click', close);
  $('speaker-filter-clear').addEventListener('click', () => {
    range = null;
    filter.hidden = true;
    loadQuotes(gen, true);
  });
  more.addEventListener('click', () => loadQuotes(gen, false));
  window.addEventListener('hashchange', fromHash);

  find('');
  fromHash();
  // refresh updates the list of speakers, unless it is out of sight or in
  // use (re-rendering would take the keyboard focus away).
  const refresh = () => {
    if (detail.hidden && !list.contains(document.activeElement)) find(search.value.trim());
  };
  return { select, refresh };
}

function startOfDay(t) { return Math.floor(t / dayMs) * dayMs; }

function floorTo(t, unit) {
  const d = new Date(t);
  if (unit === 'week') return t - ((d.getUTCDay() + 6) % 7) * dayMs; // Monday
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t;
}

function step(t, unit) {
  if (unit === 'week') return t + 7 * dayMs;
  if (unit === 'month') {
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return t + dayMs;
}

const monthFmt = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

function labelFor(b, unit) {
  if (unit === 'month') return monthFmt.format(new Date(b.start));
  if (unit === 'week') return 'week of ' + fmtDay(new Date(b.start));
  return fmtDay(new Date(b.start));
}
