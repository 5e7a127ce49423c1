// Small DOM and formatting helpers. Text from the server is only ever set
// as text (never as HTML).

// h builds an element: h('a', {href: '/', class: 'x'}, 'text', child).
// Attributes with null, undefined or false values are left out; on*
// attributes given functions become event listeners.
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else node.append(c instanceof Node ? c : String(c));
  }
}

// svg builds an SVG element.
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// safeURL returns url when it is an http(s) address, else null.
export function safeURL(url) {
  if (!url) return null;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const dayFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayTimeFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
const clockFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

// parseTime reads an RFC 3339 timestamp; null when absent or invalid.
export function parseTime(ts) {
  if (!ts) return null;
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) || d.getTime() <= 0 ? null : d;
}

// fmtWhen formats a statement time: the date alone when it is midnight UTC
// (articles usually give only a day), else date and time in UTC.
export function fmtWhen(ts) {
  const d = parseTime(ts);
  if (!d) return '';
  const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  return (midnight ? dayFmt : dayTimeFmt).format(d);
}

export function fmtDay(d) { return dayFmt.format(d); }
export function fmtClock(d) { return clockFmt.format(d); }

// isoDay is the UTC day of d as YYYY-MM-DD.
export function isoDay(d) { return d.toISOString().slice(0, 10); }

const kindLabels = {
  QUOTE_KIND_DIRECT: 'direct quote',
  QUOTE_KIND_PARTIAL: 'partial quote',
  QUOTE_KIND_INDIRECT: 'reported speech',
};

export function kindLabel(kind) { return kindLabels[kind] || ''; }

export function plural(n, one, many) { return `${n} ${n === 1 ? one : many || one + 's'}`; }

export function speakerName(sp) { return (sp && (sp.name || sp.id)) || 'Unknown speaker'; }

// articleLine renders "Outlet · date · title" with a link to the article
// when it has a usable address.
export function articleLine(article, when, testid) {
  article = article || {};
  const url = safeURL(article.url);
  const title = article.title || 'source article';
  const parts = [];
  if (article.outlet) parts.push(h('span', { class: 'outlet' }, article.outlet));
  if (when) parts.push(h('time', { datetime: when.iso || '' }, when.text));
  parts.push(url
    ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid }, title)
    : h('span', { class: 'title', title: 'No address was given for this article', 'data-testid': testid }, title));
  const out = [];
  parts.forEach((p, i) => { if (i) out.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · ')); out.push(p); });
  return out;
}

// quoteItem renders one quote as a list item. onSpeaker, when given, makes
// the speaker's name a button.
export function quoteItem(q, { onSpeaker, extra, testid, showSpeaker = true } = {}) {
  const sp = q.speaker || {};
  const name = speakerName(sp);
  const when = parseTime(q.saidAt);
  const speaker = !showSpeaker ? null : onSpeaker
    ? h('button', { type: 'button', class: 'who link', 'data-testid': 'quote-speaker', title: `Show all statements by ${name}`, onclick: () => onSpeaker(sp) }, name)
    : h('span', { class: 'who', 'data-testid': 'quote-speaker' }, name);
  const meta = [];
  if (sp.title) meta.push(h('span', { class: 'role' }, sp.title));
  const cue = q.cue ? h('span', { class: 'cue' }, q.cue) : null;
  const kind = kindLabel(q.kind);
  const appearances = Number(q.appearanceCount || 0);
  return h('li', { class: 'quote', 'data-testid': testid || 'quote', 'data-quote-id': q.id, 'data-speaker-id': sp.id || '' },
    h('p', { class: 'byline' }, speaker, cue, kind ? h('span', { class: 'badge', 'data-kind': q.kind }, kind) : null,
      // is_speech is false (and so absent from the JSON) for a belief or plan
      q.isSpeech ? null : h('span', { class: 'badge belief', 'data-testid': 'quote-belief', title: 'A belief, plan or finding ("polls show", "he hopes"), not a statement' }, 'belief or plan')),
    meta.length && showSpeaker ? h('p', { class: 'role-line' }, meta) : null,
    h('blockquote', { class: 'text', 'data-testid': 'quote-text' }, displayText(q.text)),
    h('p', { class: 'source' },
      articleLine(q.article, when ? { iso: when.toISOString(), text: fmtWhen(q.saidAt) } : null, 'quote-link'),
      appearances > 1 ? h('span', { class: 'appearances' }, ` · quoted in ${plural(appearances, 'article')}`) : null,
      extra || null));
}

// displayText drops the comma that ends a quote cut before its attribution
// ("…nearly complete," he said); the words themselves stay as stored.
export function displayText(text) {
  return (text || '').replace(/,\s*$/, '');
}

// debounce delays fn until ms have passed without another call.
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
