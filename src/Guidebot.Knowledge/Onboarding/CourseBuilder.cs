using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>Turns the parsed onboarding.yaml into a <see cref="Course"/>, checking ids against the guide.</summary>
internal sealed class CourseBuilder(Guide guide, ContentErrors errors)
{
    private const string File = OnboardingLoader.FileName;
    private readonly ReferenceChecks _references = new(errors);
    private readonly HashSet<string> _moduleIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _questionIds = new(StringComparer.Ordinal);

    public Course? Build(OnboardingFile file)
    {
        if (file.Wording is null || !guide.Sources.TryGetValue(file.Wording, out var source) || !source.IsBotsOwn)
        {
            Fail(file.At("wording"), $"'wording:' must name the bot's own source from sources.yaml (one with 'own: true'), not '{file.Wording}': module titles, questions and options are the bot's words");
        }

        if (file.Modules.Count == 0)
        {
            Fail(file.At("modules"), "'modules:' needs at least one module");
        }

        var modules = file.Modules.Select(BuildModule).ToList();
        var selfAssessment = file.SelfAssessment is { } doc
            ? new SelfAssessmentBuilder(guide, errors, _references).Build(doc)
            : Missing(file);
        return modules.Any(m => m is null) || selfAssessment is null ? null : new Course([.. modules.OfType<CourseModule>()], selfAssessment);
    }

    private SelfAssessment? Missing(OnboardingFile file)
    {
        Fail(file.Location, "'selfAssessment:' is missing");
        return null;
    }

    private CourseModule? BuildModule(ModuleDoc doc)
    {
        var ok = RequireId(doc.Id, doc.At("id"), "module") & RequireText(doc.Title, doc.At("title"), $"title of module '{doc.Id}'");
        if (doc.Id is not null && !_moduleIds.Add(doc.Id))
        {
            ok = Fail(doc.At("id"), $"duplicate module id '{doc.Id}'");
        }

        if (doc.Read.Count == 0 || doc.Quiz.Count == 0)
        {
            ok = Fail(doc.Location, $"module '{doc.Id}' needs items to 'read:' and at least one 'quiz:' question");
        }

        foreach (var twice in doc.Read.GroupBy(id => id.Value).Where(g => g.Count() > 1))
        {
            ok = Fail(twice.Last().Location, $"module '{doc.Id}' reads '{twice.Key}' twice");
        }

        var reading = doc.Read.Select(id => FindItem(id, $"module '{doc.Id}': read")).ToList();
        var quiz = doc.Quiz.Select(q => BuildQuestion(q, doc)).ToList();
        return ok && reading.All(i => i is not null) && quiz.All(q => q is not null)
            ? new CourseModule(doc.Id!, doc.Title!.Trim(), [.. reading.OfType<Item>()], [.. quiz.OfType<QuizQuestion>()])
            : null;
    }

    private QuizQuestion? BuildQuestion(QuestionDoc doc, ModuleDoc module)
    {
        var ok = RequireId(doc.Id, doc.At("id"), "question") & RequireText(doc.Question, doc.At("question"), $"question '{doc.Id}'");
        if (doc.Id is not null && !_questionIds.Add(doc.Id))
        {
            ok = Fail(doc.At("id"), $"duplicate question id '{doc.Id}'");
        }

        var item = doc.BasedOn is null ? null : FindItem(doc.BasedOn, $"question '{doc.Id}': basedOn");
        if (doc.BasedOn is null)
        {
            ok = Fail(doc.Location, $"question '{doc.Id}' needs 'basedOn:' (the item it quotes)");
        }
        else if (item is not null && module.Read.All(read => read.Value != item.Id))
        {
            ok = Fail(doc.BasedOn.Location, $"question '{doc.Id}' is based on '{item.Id}', which module '{module.Id}' does not read");
        }

        ok &= item is not null && CheckQuote(doc, item);
        ok &= CheckOptions(doc);
        return ok
            ? new QuizQuestion(doc.Id!, doc.Question!.Trim(), item!, doc.Quote!.Trim(), doc.Key!.Trim(), [.. doc.Options.Select(o => new QuizOption(o.Text!.Trim(), o.Correct))])
            : null;
    }

    // The quote is the source's words, so it must stand in the item; the key must stand in the quote.
    private bool CheckQuote(QuestionDoc doc, Item item)
    {
        if (!RequireText(doc.Quote, doc.At("quote"), $"quote of question '{doc.Id}'") || !RequireText(doc.Key, doc.At("key"), $"key of question '{doc.Id}'"))
        {
            return false;
        }

        if (!SourceText.Of(item).Contains(SourceText.Normalise(doc.Quote!), StringComparison.Ordinal))
        {
            return Fail(doc.At("quote"), $"question '{doc.Id}': the quote is not in item '{item.Id}' (copy the item's own words)");
        }

        return SourceText.Normalise(doc.Quote!).Contains(SourceText.Normalise(doc.Key!), StringComparison.Ordinal)
            || Fail(doc.At("key"), $"question '{doc.Id}': the key '{doc.Key}' is not part of the quote");
    }

    // Exactly one correct option, and it is the only one that repeats the key: the source decides the answer.
    private bool CheckOptions(QuestionDoc doc)
    {
        if (doc.Options.Count is < 2 or > 4)
        {
            return Fail(doc.At("options"), $"question '{doc.Id}' needs 2 to 4 options, not {doc.Options.Count}");
        }

        var ok = doc.Options.Aggregate(true, (all, o) => RequireText(o.Text, o.At("text"), $"an option of question '{doc.Id}'") && all);
        var correct = doc.Options.Count(o => o.Correct);
        if (correct != 1)
        {
            return Fail(doc.At("options"), $"question '{doc.Id}' needs exactly one option with 'correct: true', not {correct}");
        }

        if (!ok || doc.Key is null)
        {
            return false;
        }

        var key = SourceText.Normalise(doc.Key);
        foreach (var option in doc.Options.Where(o => o.Correct != SourceText.Normalise(o.Text!).Contains(key, StringComparison.Ordinal)))
        {
            ok = Fail(option.Location, option.Correct
                ? $"question '{doc.Id}': the correct option does not contain the key '{doc.Key}'"
                : $"question '{doc.Id}': a wrong option contains the key '{doc.Key}'");
        }

        return ok;
    }

    private Item? FindItem(LocatedText id, string what) => _references.ResolveItem(guide, File, id, what);

    private bool RequireId(string? id, Location at, string what) =>
        (id is not null && AreaBuilder.IdPattern().IsMatch(id))
        || Fail(at, $"{what} id '{id}' must be lower-case letters, digits and dashes");

    private bool RequireText(string? text, Location at, string what) =>
        !string.IsNullOrWhiteSpace(text) || Fail(at, $"{what} is empty");

    private bool Fail(Location at, string message) => errors.Fail(File, at, message);
}
