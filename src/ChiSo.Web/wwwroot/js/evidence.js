// Evidence on the entry page: upload a file, cite a document, remove one. The panels sit inside the entry form
// (forms cannot nest), so the buttons are plain buttons that post their own multipart form with the page's token.
(() => {
  'use strict';
  const token = () => document.querySelector('input[name="__RequestVerificationToken"]')?.value || '';

  const post = async (panel, url, data) => {
    const line = panel.querySelector('.evidence-msg');
    data.append('__RequestVerificationToken', token());
    line.className = 'evidence-msg msg';
    line.textContent = panel.dataset.msgSending;
    try {
      const response = await fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.ok) {
        window.location.reload();
        return;
      }
      const body = await response.json().catch(() => ({}));
      line.className = 'evidence-msg msg error';
      line.textContent = body.detail || panel.dataset.msgFailed;
    } catch {
      line.className = 'evidence-msg msg error';
      line.textContent = panel.dataset.msgFailed;
    }
  };

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-evidence-action]');
    if (!button) { return; }
    const panel = button.closest('[data-evidence]');
    const data = new FormData();
    const action = button.dataset.evidenceAction;
    if (action === 'upload') {
      const file = panel.querySelector('input[type="file"]').files[0];
      if (!file) {
        panel.querySelector('.evidence-msg').textContent = panel.dataset.msgChoose;
        return;
      }
      data.append('file', file, file.name);
      post(panel, panel.dataset.filesUrl, data);
    } else if (action === 'cite') {
      for (const input of panel.querySelectorAll('[data-cite]')) { data.append(input.dataset.cite, input.value.trim()); }
      post(panel, panel.dataset.citationsUrl, data);
    } else if (action === 'remove' && window.confirm(panel.dataset.msgConfirm)) {
      post(panel, button.dataset.url, data);
    }
  });
})();
