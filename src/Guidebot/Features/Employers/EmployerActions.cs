using System.Text.Json.Nodes;
using Guidebot.Bot.Actions;

namespace Guidebot.Features.Employers;

/// <summary>The employer lookup's verbs, typed command words and button data.</summary>
internal static class EmployerActions
{
    /// <summary>Typed (or clicked) to open the lookup's start card.</summary>
    public static readonly IReadOnlyList<string> CommandWords = ["virksomhed", "virksomheder", "arbejdsgiver"];

    public const string Factors = "employer-factors";
    public const string Factor = "employer-factor";
    public const string Situations = "employer-situations";
    public const string Situation = "employer-situation";
    public const string Prepare = "employer-prepare";

    public static JsonObject Start() => ActionData.Command(CommandWords[0]);

    public static JsonObject ShowFactors() => ActionData.Command(Factors);

    public static JsonObject ShowFactor(string itemId) => new() { ["verb"] = Factor, ["item"] = itemId };

    public static JsonObject ShowSituations() => ActionData.Command(Situations);

    public static JsonObject ShowSituation(string situationId) => new() { ["verb"] = Situation, ["situation"] = situationId };

    public static JsonObject ShowPreparation() => ActionData.Command(Prepare);
}
