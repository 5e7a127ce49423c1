// The attribution check: words (and optionally who is said to have said
// them) go to CheckAttribution; the verdict is shown first, then the
// matching statements with where they first appeared.

import { call } from './api.js';
import { h, articleLine, parseTime, fmtWhen, plural, speakerName, displayText } from './util.js';

const verdicts = {
  VERDICT_CONFIRMED: { label: 'Confirmed', cls: 'ok', icon: '✓' },
  VERDICT_ATTRIBUTED_TO_OTHER: { label: 'Attributed to someone else', cls: 'other', icon: '≠' },
  VERDICT_NOT_FOUND: { label: 'Not found', cls: 'none', icon: '?' },
};

export function startCheck({ onSpeaker }) {
  const form = document.getElementById('check-form');
  const text = document.getElementById('check-text');
  const speaker = document.getElementById('check-speaker');
  const submit = document.getElementById('check-submit');
  const out = document.getElementById('check-result');
  let gen = 0;

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const words = text.value.trim();
    const claimed = speaker.value.trim();
    if (!words) {
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Enter the words to check.'));
      text.focus();
      return;
    }
    const mine = ++gen;
    out.setAttribute('aria-busy', 'true');
    submit.disabled = true;
    out.replaceChildren(h('p', { class: 'muted', 'data-testid': 'check-pending' }, 'Checking…'));
    try {
      const resp = await call('CheckAttribution', { text: words, speaker: claimed, maxMatches: 5 });
      if (mine === gen) out.replaceChildren(...render(resp, claimed));
    } catch (err) {
      if (mine === gen) out.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'check-error' }, 'The check failed. ' + (err.readable || err.message)));
    } finally {
      if (mine === gen) {
        out.setAttribute('aria-busy', 'false');
        submit.disabled = false;
      }
    }
  });

  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });

  function render(resp, claimed) {
    const matches = resp.matches || [];
    const v = verdicts[resp.verdict] || { label: 'No verdict', cls: 'none', icon: '?' };
    const claimedName = resp.claimedSpeaker ? speakerName(resp.claimedSpeaker) : claimed;
    // The speakers of the best matches (those close to the best score).
    const speakersOf = (ms) => {
      const best = ms.reduce((b, m) => Math.max(b, Number(m.score || 0)), 0);
      return [...new Set(ms.filter((m) => Number(m.score || 0) >= best - 0.1).map((m) => speakerName(m.statement && m.statement.speaker)))];
    };
    const names = (list) => list.length > 1 ? list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1] : list[0] || 'someone';
    let sentence;
    switch (resp.verdict) {
      case 'VERDICT_CONFIRMED': {
        const theirs = matches.filter((m) => m.speakerMatches);
        sentence = `Reported as said by ${names(speakersOf(claimed && theirs.length ? theirs : matches))}.`;
        break;
      }
      case 'VERDICT_ATTRIBUTED_TO_OTHER':
        sentence = `Not reported as said by ${claimedName || 'the claimed speaker'}. These words were said by ${names(speakersOf(matches))}.`;
        break;
      case 'VERDICT_NOT_FOUND':
        sentence = 'No stored statement matches these words.';
        break;
      default:
        sentence = '';
    }
    const nodes = [
      h('div', { class: `verdict ${v.cls}`, 'data-testid': 'verdict', 'data-verdict': resp.verdict || '' },
        h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, v.icon),
        h('div', null,
          h('p', { class: 'verdict-label', 'data-testid': 'verdict-label' }, v.label),
          h('p', { class: 'verdict-text', 'data-testid': 'verdict-text' }, sentence))),
    ];
    if (claimed && !resp.claimedSpeaker) {
      nodes.push(h('p', { class: 'muted' }, `“${claimed}” is not a speaker we know; the words were checked against everyone.`));
    }
    if (matches.length) {
      nodes.push(h('h3', { class: 'matches-title' }, matches.length === 1 ? 'Matching statement' : `${matches.length} matching statements, best first`));
      nodes.push(h('ol', { class: 'matches', 'data-testid': 'matches' }, matches.map(renderMatch)));
    }
    return nodes;
  }

  function renderMatch(m) {
    const st = m.statement || {};
    const sp = st.speaker || {};
    const score = Math.max(0, Math.min(1, Number(m.score || 0)));
    const pct = Math.round(score * 100);
    const first = st.firstAppearance || {};
    const apps = st.appearances || [];
    const n = apps.length || 1;
    const firstWhen = parseTime(first.saidAt || (first.article && first.article.publishedAt));
    return h('li', { class: 'match', 'data-testid': 'match', 'data-speaker-matches': m.speakerMatches ? 'true' : 'false' },
      h('p', { class: 'byline' },
        h('button', { type: 'button', class: 'who link', 'data-testid': 'match-speaker', onclick: () => onSpeaker(sp) }, speakerName(sp)),
        m.speakerMatches ? h('span', { class: 'badge claimed' }, 'claimed speaker') : null,
        h('span', { class: 'score', 'data-testid': 'match-score', title: 'How closely the words match, 100% being every word in order' },
          h('meter', { min: 0, max: 1, value: score.toFixed(2), 'aria-label': 'Match score' }),
          ` ${pct}% match`)),
      h('blockquote', { class: 'text' }, displayText(st.text)),
      h('p', { class: 'source' }, h('span', { class: 'lead' }, 'First appeared: '),
        articleLine(first.article, firstWhen ? { iso: firstWhen.toISOString(), text: fmtWhen(firstWhen.toISOString()) } : null, 'match-link')),
      n > 1
        ? h('details', { class: 'appearances' },
          h('summary', { 'data-testid': 'match-appearances' }, `Quoted in ${plural(n, 'article')}`),
          h('ol', null, apps.map((a) => {
            const when = parseTime(a.saidAt || (a.article && a.article.publishedAt));
            return h('li', null, articleLine(a.article, when ? { iso: when.toISOString(), text: fmtWhen(when.toISOString()) } : null));
          })))
        : h('p', { class: 'appearances', 'data-testid': 'match-appearances' }, 'Quoted in 1 article'));
  }
}
