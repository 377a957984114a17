using Guidebot.BotFramework.Storage;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guidebot.Hosting;

/// <summary>
/// <c>report [--since 30d] [--storage file.db]</c>: prints the feedback report (top missed searches, worst-rated items,
/// never-visited items) from the storage the bot is configured with — the same appsettings, environment and variables —
/// or from a copy of a SQLite state file. Exit code 1 with one line per problem when it cannot read.
/// </summary>
internal static class ReportCommand
{
    public const string Name = "report";

    private const string Usage = $"usage: {Name} [--since <days>d] [--storage <SQLite state file>]";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        if (Parse(arguments, out var options) is { } wrong)
        {
            errors.WriteLine($"{Name}: {wrong}");
            errors.WriteLine(Usage);
            return StartupFailure.ExitCode;
        }

        if (options.Storage is { } file && !File.Exists(file))
        {
            errors.WriteLine($"{file}: no such file");
            return StartupFailure.ExitCode;
        }

        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        if (options.Storage is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.GetFullPath(options.Storage) });
        }

        if (builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider == StorageProvider.Memory)
        {
            errors.WriteLine($"{Name}: Storage:Provider is Memory, which lives only inside the running bot: use the admin page or \"rapport\" in the chat, or --storage");
            return StartupFailure.ExitCode;
        }

        builder.Services.AddBotState(builder.Configuration).AddKnowledge().AddFeedbackReport();

        // The bot's own startup checks build its routes and search index, which the report does not use.
        builder.Services.RemoveAll<IStartupCheck>();
        await using var app = builder.Build();
        if (Reader(app.Services, out var problems) is not { } reader)
        {
            foreach (var problem in problems)
            {
                errors.WriteLine(problem);
            }

            return StartupFailure.ExitCode;
        }

        ReportText.Write(await reader.ReadAsync(options.Days, CancellationToken.None), output);
        return 0;
    }

    // Invalid configuration and invalid content are reported as the bot reports them at startup.
    private static FeedbackReader? Reader(IServiceProvider services, out IReadOnlyList<string> problems)
    {
        problems = StartupFailure.Check(services);
        if (problems.Count > 0)
        {
            return null;
        }

        try
        {
            return services.GetRequiredService<FeedbackReader>();
        }
        catch (ContentValidationException exception)
        {
            problems = [.. exception.Errors.Select(error => error.ToString())];
            return null;
        }
    }

    // The problem with the arguments, or null with the options read.
    private static string? Parse(IReadOnlyList<string> arguments, out CommandOptions options)
    {
        options = new CommandOptions(FeedbackReader.DefaultDays, null);
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var name = arguments[i];
            if (name is not ("--since" or "--storage"))
            {
                return $"unknown argument '{name}'";
            }

            if (i + 1 >= arguments.Count)
            {
                return $"{name} needs a value";
            }

            var value = arguments[i + 1];
            if (name == "--storage")
            {
                options = options with { Storage = value };
            }
            else if (ReportPeriod.Parse(value) is { } days)
            {
                options = options with { Days = days };
            }
            else
            {
                return $"--since takes a number of days such as 30d, not '{value}'";
            }
        }

        return null;
    }

    private sealed record CommandOptions(int Days, string? Storage);
}
