// The review workspace without a round trip for the obvious: the reason becomes required as soon as the reviewed
// points differ from the rule's (the server decides anyway), and one button ticks every criterion offered for acceptance.
(() => {
  const list = document.querySelector('.review-criteria');
  if (!list) return;
  const message = list.dataset.msgReason || '';
  for (const form of document.querySelectorAll('form.review-form')) {
    const points = form.querySelector('[data-points]');
    const reason = form.querySelector('[data-reason]');
    if (!points || !reason) continue;
    const rule = form.dataset.rule === '' ? NaN : Number(form.dataset.rule);
    const update = () => {
      const value = Number(points.value.replace(',', '.'));
      const differs = points.value !== '' && (Number.isNaN(rule) || Math.abs(value - rule) > 1e-9);
      reason.required = differs;
      reason.setCustomValidity(differs && reason.value.trim() === '' ? message : '');
    };
    points.addEventListener('input', update);
    reason.addEventListener('input', update);
    update();
  }
  const all = document.querySelector('[data-select-all]');
  if (all) {
    all.hidden = false;
    all.addEventListener('click', () => {
      for (const box of document.querySelectorAll('input[data-accept]')) box.checked = true;
    });
  }
})();
