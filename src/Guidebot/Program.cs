using Guidebot.Hosting;

if (args is [ContentCheckCommand.Name, .. var paths])
{
    return ContentCheckCommand.Run(paths, Console.Out, Console.Error);
}

if (args is [ReportCommand.Name, .. var reportArguments])
{
    return await ReportCommand.RunAsync(reportArguments, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBotState(builder.Configuration)
    .AddBotFramework(builder.Configuration)
    .AddKnowledge()
    .AddGuideBot()
    .AddKeyRing(builder.Configuration)
    .AddDevChat()
    .AddTeamsTab()
    .AddRateLimits()
    .AddHealth(builder.Configuration)
    .AddTelemetry(builder.Configuration);

var app = builder.Build();

app.UseRateLimiter();
app.MapHealth();
app.MapTelemetry();
app.MapBotEndpoints();
app.MapDevChat();
app.MapTeamsTab();
app.MapAdmin();

return StartupFailure.Run(app);

/// <summary>The host's entry point, public so the tests can start it with WebApplicationFactory.</summary>
public partial class Program;
