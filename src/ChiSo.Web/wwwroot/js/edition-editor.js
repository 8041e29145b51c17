// Draft editor: the scoring rule is checked as it is typed (POST /api/v1/formulas/check, debounced), its problems
// shown with their column marked, and the "Thử / Try it" box shows the points the rule gives for the samples.
// Without this script the same form posts to the page, which checks and tries the rule itself.
(() => {
  'use strict';
  const form = document.getElementById('rule-form');
  if (!form) { return; }
  const msg = form.dataset;
  const en = msg.lang === 'en';
  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  const rule = form.querySelector('textarea[name="rule"]');
  const check = document.getElementById('rule-check');
  const points = document.getElementById('try-points');
  const inputs = JSON.parse(msg.inputs || '[]');
  const max = Number(msg.max || '0');
  const number = new Intl.NumberFormat(en ? 'en' : 'vi-VN', { maximumFractionDigits: 2 });
  let timer = null;
  let sent = 0;

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  };

  const samples = () => {
    const out = {};
    for (const field of form.querySelectorAll('[data-sample]')) { out[field.dataset.sample] = field.value; }
    return out;
  };

  // The rule's text with the first problem's characters marked, built from text nodes (never as HTML).
  const marked = (text, column, length) => {
    const pre = el('pre', 'rule-text');
    const start = Math.min(Math.max(column - 1, 0), text.length);
    const end = Math.min(start + Math.max(length, 0), text.length);
    pre.append(document.createTextNode(text.slice(0, start)));
    pre.append(el('mark', '', end > start ? text.slice(start, end) : ' '));
    pre.append(document.createTextNode(text.slice(end)));
    return pre;
  };

  const show = (text, answer) => {
    check.replaceChildren();
    if (answer.ok) {
      check.append(el('p', 'msg ok', msg.msgOk));
    } else if (answer.problems.length > 0) {
      const first = answer.problems[0];
      check.append(marked(text, first.column, first.length));
      const list = el('ul', 'msg error');
      for (const p of answer.problems) { list.append(el('li', '', `${msg.msgColumn} ${p.column}: ${en ? p.en : p.vi}`)); }
      check.append(list);
    }
    const words = en ? answer.wordsEn : answer.wordsVi;
    if (words) { check.append(el('p', 'rule-words', `${msg.msgWords} ${words}`)); }
    for (const p of answer.sampleProblems) { check.append(el('p', 'msg error', en ? p.en : p.vi)); }
    points.textContent = answer.points === null || answer.points === undefined ? ''
      : `${msg.msgPoints}: ${number.format(answer.points)}${answer.incomplete ? ` — ${msg.msgIncomplete}` : ''}`;
  };

  const run = async () => {
    const text = rule.value;
    const mine = ++sent;
    try {
      const response = await fetch('/api/v1/formulas/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
        body: JSON.stringify({ rule: text, maxPoints: max, inputs, samples: samples() }),
      });
      if (mine !== sent) { return; }
      const answer = await response.json();
      if (response.ok) {
        show(text, answer);
      } else {
        check.replaceChildren(el('p', 'msg error', answer.detail || response.statusText));
      }
    } catch {
      // Offline or the server restarting: the form still posts, and the page checks the rule itself.
    }
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  };
  rule.addEventListener('input', later);
  for (const field of form.querySelectorAll('[data-sample]')) { field.addEventListener('input', later); }
})();
