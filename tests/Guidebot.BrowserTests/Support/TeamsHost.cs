using System.Text.Json;

namespace Guidebot.BrowserTests.Support;

/// <summary>
/// Teams, as the tab page sees it: the page's copy of the Teams JavaScript library is replaced by a stand-in that
/// answers initialize and getContext with the given theme, hands out the given SSO token, and records what the
/// page asks of Teams in <c>window.teamsHost</c> (theme changes and the configuration page's Save are triggered from there).
/// </summary>
public static class TeamsHost
{
    public static Task InstallAsync(IPage page, string theme, string accessToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var script = $$"""
            window.teamsHost = { calls: [], themeHandler: null, saveHandler: null, saved: null };
            window.microsoftTeams = {
              app: {
                initialize: async () => { teamsHost.calls.push('initialize'); },
                getContext: async () => ({ app: { theme: {{JsonSerializer.Serialize(theme)}}, locale: 'da-dk' }, page: { frameContext: 'sidePanel' } }),
                registerOnThemeChangeHandler: handler => { teamsHost.themeHandler = handler; },
              },
              authentication: {
                getAuthToken: async () => { teamsHost.calls.push('getAuthToken'); return {{JsonSerializer.Serialize(accessToken)}}; },
              },
              pages: {
                config: {
                  registerOnSaveHandler: handler => { teamsHost.saveHandler = handler; },
                  setValidityState: valid => { teamsHost.calls.push('setValidityState:' + valid); },
                  setConfig: async settings => { teamsHost.calls.push('setConfig'); teamsHost.config = settings; },
                },
              },
            };
            """;
        return page.RouteAsync("**/lib/MicrosoftTeams.min.js", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = script }));
    }

    /// <summary>Teams' theme changes while the tab is open.</summary>
    public static Task ChangeThemeAsync(IPage page, string theme) =>
        page.EvaluateAsync("theme => window.teamsHost.themeHandler(theme)", theme);

    /// <summary>The user presses Save in Teams' "add a tab" dialog; returns 'success' or the failure reason.</summary>
    public static Task<string> SaveAsync(IPage page) => page.EvaluateAsync<string>("""
        () => new Promise(resolve => window.teamsHost.saveHandler({
          notifySuccess: () => resolve('success'),
          notifyFailure: reason => resolve('failure: ' + reason),
        }))
        """);
}
