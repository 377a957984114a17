using Guidebot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBotState(builder.Configuration)
    .AddBotFramework(builder.Configuration)
    .AddKnowledge()
    .AddGuideBot()
    .AddDevChat()
    .AddRateLimits()
    .AddHealth(builder.Configuration)
    .AddTelemetry(builder.Configuration);

var app = builder.Build();

app.UseRateLimiter();
app.MapHealth();
app.MapBotEndpoints();
app.MapDevChat();

app.Run();

/// <summary>The host's entry point, public so the tests can start it with WebApplicationFactory.</summary>
public partial class Program;
