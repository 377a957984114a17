using Guidebot.Knowledge.Loading;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>
/// The host's one way to refuse to start: before it listens, validate the options marked <c>ValidateOnStart</c> and
/// run every <see cref="IStartupCheck"/>; if any fails, print one line per error on stderr and exit with code 1,
/// without a stack trace. An exception that is not a failed check (a bug) is left to crash as usual.
/// </summary>
internal static class StartupFailure
{
    public const int ExitCode = 1;
    public const string Prefix = "Guidebot cannot start: ";

    /// <summary>Runs the app until it stops (exit code 0), or returns <see cref="ExitCode"/> when a startup check fails.</summary>
    public static int Run(WebApplication app)
    {
        var errors = Check(app.Services);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(Prefix + error);
            }

            return ExitCode;
        }

        app.Run();
        return 0;
    }

    /// <summary>Every error of every startup check, options first; empty when all pass.</summary>
    public static IReadOnlyList<string> Check(IServiceProvider services)
    {
        List<string> errors = [];
        Collect(errors, () => services.GetService<IStartupValidator>()?.Validate());
        foreach (var check in services.GetServices<IStartupCheck>())
        {
            Collect(errors, check.Run);
        }

        // A check that reads invalid options fails with the same option errors again.
        return errors.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Collect(List<string> errors, Action check)
    {
        try
        {
            check();
        }
        catch (Exception exception) when (Errors(exception) is { Count: > 0 } found)
        {
            errors.AddRange(found);
        }
    }

    /// <summary>The errors a failed check reports; empty for any other exception, which is then not caught.</summary>
    private static IReadOnlyList<string> Errors(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures],
        ContentValidationException content => [.. content.Errors.Select(error => error.ToString())],
        AggregateException aggregate when aggregate.InnerExceptions.Select(Errors).ToList() is var inner && inner.All(errors => errors.Count > 0) =>
            [.. inner.SelectMany(errors => errors)],
        _ => [],
    };
}
