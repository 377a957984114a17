using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Guidebot.Testing.Cards;

/// <summary>
/// Checks cards with tests/tools/validate-cards.js: the official Adaptive Card 1.5 schema (skipped when
/// ../shared/schemas is absent), the official <c>adaptivecards</c> parser, and the project's card rules.
/// One Node process checks a whole batch. Needs <c>node</c> on PATH and <c>npm ci</c> run in tests/tools.
/// </summary>
public static class CardValidator
{
    private const string Script = "validate-cards.js";

    /// <summary>Validates <paramref name="cards"/> in one run of the script and returns each card's errors.</summary>
    public static async Task<CardValidationReport> ValidateAsync(IEnumerable<NamedCard> cards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var batch = cards.ToList();
        var names = batch.Select(card => card.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("Card names must be unique within a batch.", nameof(cards));
        }

        var tools = RepositoryPaths.Tools;
        if (!Directory.Exists(Path.Combine(tools, "node_modules")))
        {
            throw new InvalidOperationException($"{tools}/node_modules is missing: run npm ci in tests/tools.");
        }

        var schema = RepositoryPaths.AdaptiveCardSchema;
        var input = new JsonArray([.. batch.Select(card => new JsonObject { ["name"] = card.Name, ["card"] = card.Card.DeepClone() })]);
        var output = await RunNodeAsync(tools, schema is null ? [Script] : [Script, schema], input.ToJsonString(), cancellationToken);

        var results = JsonSerializer.Deserialize<List<CardErrors>>(output, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{Script} wrote no report.");
        return new CardValidationReport(results, SchemaChecked: schema is not null);
    }

    private static async Task<string> RunNodeAsync(string workingDirectory, IReadOnlyList<string> arguments, string stdin, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartProcess(start);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken);
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"node {Script} exited with {process.ExitCode}: {await stderr}");
    }

    private static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("node was not found on PATH; the card validator needs Node.js 20 or later.", exception);
        }
    }
}
