// The configuration page of the meeting and group-chat tab: there is nothing to choose, so it is valid at once and
// saving adds the guide (tab.html) under the name Guidebot.

const contentUrl = new URL('tab.html', window.location.href).href;

try {
  await microsoftTeams.app.initialize();
  microsoftTeams.pages.config.registerOnSaveHandler(async saveEvent => {
    try {
      await microsoftTeams.pages.config.setConfig({ entityId: 'guidebot-guide', contentUrl, suggestedDisplayName: 'Guidebot' });
      saveEvent.notifySuccess();
    } catch (reason) {
      saveEvent.notifyFailure(String(reason?.message ?? reason));
    }
  });
  microsoftTeams.pages.config.setValidityState(true);
} catch {
  document.getElementById('outside-teams').hidden = false;
}
