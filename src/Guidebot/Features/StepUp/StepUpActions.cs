using System.Text.Json.Nodes;
using Guidebot.Bot.Actions;

namespace Guidebot.Features.StepUp;

/// <summary>The step-up checklist's verbs, typed command words and button data.</summary>
internal static class StepUpActions
{
    /// <summary>Typed (or clicked) to choose the barrier type; "step up" folds to the same word as "step-up".</summary>
    public static readonly IReadOnlyList<string> CommandWords = ["step-up", "stepup"];

    public const string Open = "stepup-open";
    public const string Save = "stepup-save";
    public const string Reset = "stepup-reset";

    public static JsonObject Choose() => ActionData.Command(CommandWords[0]);

    public static JsonObject OpenChecklist(string barrier) => new() { ["verb"] = Open, ["barrier"] = barrier };

    public static JsonObject SaveChecklist(string barrier) => new() { ["verb"] = Save, ["barrier"] = barrier };

    public static JsonObject ResetChecklist(string barrier) => new() { ["verb"] = Reset, ["barrier"] = barrier };
}
