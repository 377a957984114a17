using Guidebot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBotState(builder.Configuration)
    .AddBotFramework(builder.Configuration)
    .AddKnowledge()
    .AddGuideBot()
    .AddDevChat();

var app = builder.Build();

app.MapBotEndpoints();
app.MapDevChat();

app.Run();

/// <summary>The host's entry point, public so the tests can start it with WebApplicationFactory.</summary>
public partial class Program;
