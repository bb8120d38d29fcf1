/*
 * Texts that Vaadin's web components keep in English and Flow offers no Java API for: the
 * password field's reveal button, the grid's selection checkboxes and the connection indicator.
 * Flow calls urpaqComponentTexts(texts) with the page's language (shell.ComponentTexts); every
 * such element, also one added later, gets them. A language switch reloads the page.
 */
window.urpaqComponentTexts = function (texts) {
  window.urpaqTexts = texts;
  const apply = () => {
    const t = window.urpaqTexts;
    document.querySelectorAll('vaadin-password-field').forEach(field => {
      if (!field.i18n || field.i18n.reveal !== t.reveal) {
        field.i18n = Object.assign({}, field.i18n, { reveal: t.reveal });
      }
    });
    document.querySelectorAll('vaadin-grid vaadin-checkbox').forEach(box => {
      if (box.accessibleName === 'Select Row') box.accessibleName = t.selectRow;
      else if (box.accessibleName === 'Select All') box.accessibleName = t.selectAll;
    });
    const indicator = document.querySelector('vaadin-connection-indicator');
    if (indicator && indicator.onlineText !== t.online) {
      indicator.onlineText = t.online;
      indicator.offlineText = t.offline;
      indicator.reconnectingText = t.reconnecting;
    }
  };
  apply();
  if (!window.urpaqTextsObserver) {
    let queued = false;
    window.urpaqTextsObserver = new MutationObserver(() => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(() => { queued = false; apply(); });
      }
    });
    window.urpaqTextsObserver.observe(document.body, { childList: true, subtree: true });
  }
};
