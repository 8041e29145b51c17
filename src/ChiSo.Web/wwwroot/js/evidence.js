// Evidence on the entry page: the panel's forms (upload a file, cite a document, remove one) work without script;
// with it they are sent by fetch and only that criterion's panel is drawn again, so nothing typed elsewhere is lost.
(() => {
  'use strict';

  const say = (panel, text, kind) => {
    const line = panel.querySelector('.evidence-msg');
    line.className = `evidence-msg msg ${kind || ''}`;
    line.textContent = text;
  };

  // The same component, rendered by the server for this criterion alone.
  const redraw = async (panel, text) => {
    const response = await fetch(panel.dataset.panelUrl, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (!response.ok) { throw new Error(String(response.status)); }
    const holder = document.createElement('template');
    holder.innerHTML = (await response.text()).trim();
    const fresh = holder.content.querySelector('[data-evidence]');
    if (!fresh) { throw new Error('no panel'); }
    panel.replaceWith(fresh);
    say(fresh, text, 'ok');
    fresh.querySelector('h5')?.setAttribute('tabindex', '-1');
  };

  document.addEventListener('submit', async (event) => {
    const form = event.target.closest('form[data-evidence-form]');
    if (!form) { return; }
    event.preventDefault();
    const panel = form.closest('[data-evidence]');
    const kind = form.dataset.evidenceForm;
    if (kind === 'upload' && !form.querySelector('input[type="file"]').files.length) {
      say(panel, panel.dataset.msgChoose, 'error');
      return;
    }
    if (kind === 'remove' && !window.confirm(panel.dataset.msgConfirm)) { return; }
    const data = new FormData(form);
    data.delete('back');
    const buttons = [...panel.querySelectorAll('button')];
    buttons.forEach((b) => { b.disabled = true; });
    say(panel, panel.dataset.msgSending, 'saving');
    try {
      const response = await fetch(form.getAttribute('action'), {
        method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' },
      });
      if (response.ok) {
        await redraw(panel, kind === 'remove' ? panel.dataset.msgRemoved : panel.dataset.msgSent);
        return;
      }
      const body = await response.json().catch(() => ({}));
      say(panel, body.detail || panel.dataset.msgFailed, 'error');
    } catch {
      say(panel, panel.dataset.msgFailed, 'error');
    }
    buttons.forEach((b) => { b.disabled = false; });
  });
})();
