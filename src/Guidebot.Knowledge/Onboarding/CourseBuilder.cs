using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>Turns the parsed onboarding.yaml into a <see cref="Course"/>, checking ids against the guide.</summary>
internal sealed class CourseBuilder(Guide guide, List<ContentError> errors)
{
    private const string File = OnboardingLoader.FileName;
    private readonly HashSet<string> _moduleIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _questionIds = new(StringComparer.Ordinal);

    public Course? Build(OnboardingFile file)
    {
        if (file.Wording is null || !guide.Sources.TryGetValue(file.Wording, out var source) || !source.IsBotsOwn)
        {
            Error(1, $"'wording:' must name the bot's own source from sources.yaml (one with 'own: true'), not '{file.Wording}': module titles, questions and options are the bot's words");
        }

        if (file.Modules.Count == 0)
        {
            Error(1, "'modules:' needs at least one module");
        }

        var modules = file.Modules.Select(BuildModule).ToList();
        var selfAssessment = file.SelfAssessment is { } doc
            ? new SelfAssessmentBuilder(guide, errors).Build(doc)
            : Missing();
        return modules.Any(m => m is null) || selfAssessment is null ? null : new Course([.. modules.OfType<CourseModule>()], selfAssessment);
    }

    private SelfAssessment? Missing()
    {
        Error(1, "'selfAssessment:' is missing");
        return null;
    }

    private CourseModule? BuildModule(ModuleDoc doc)
    {
        var ok = RequireId(doc.Id, doc.Line, "module") & RequireText(doc.Title, doc.Line, $"title of module '{doc.Id}'");
        if (doc.Id is not null && !_moduleIds.Add(doc.Id))
        {
            ok = Error(doc.Line, $"duplicate module id '{doc.Id}'");
        }

        if (doc.Read.Count == 0 || doc.Quiz.Count == 0)
        {
            ok = Error(doc.Line, $"module '{doc.Id}' needs items to 'read:' and at least one 'quiz:' question");
        }

        if (doc.Read.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            ok = Error(doc.Line, $"module '{doc.Id}' reads '{twice.Key}' twice");
        }

        var reading = doc.Read.Select(id => FindItem(id, doc.Line, $"module '{doc.Id}' reads")).ToList();
        var quiz = doc.Quiz.Select(q => BuildQuestion(q, doc)).ToList();
        return ok && reading.All(i => i is not null) && quiz.All(q => q is not null)
            ? new CourseModule(doc.Id!, doc.Title!.Trim(), [.. reading.OfType<Item>()], [.. quiz.OfType<QuizQuestion>()])
            : null;
    }

    private QuizQuestion? BuildQuestion(QuestionDoc doc, ModuleDoc module)
    {
        var ok = RequireId(doc.Id, doc.Line, "question") & RequireText(doc.Question, doc.Line, $"question '{doc.Id}'");
        if (doc.Id is not null && !_questionIds.Add(doc.Id))
        {
            ok = Error(doc.Line, $"duplicate question id '{doc.Id}'");
        }

        var item = FindItem(doc.BasedOn, doc.Line, $"question '{doc.Id}' is based on");
        if (item is not null && !module.Read.Contains(item.Id))
        {
            ok = Error(doc.Line, $"question '{doc.Id}' is based on '{item.Id}', which module '{module.Id}' does not read");
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
        if (!RequireText(doc.Quote, doc.Line, $"quote of question '{doc.Id}'") || !RequireText(doc.Key, doc.Line, $"key of question '{doc.Id}'"))
        {
            return false;
        }

        if (!SourceText.Of(item).Contains(SourceText.Normalise(doc.Quote!), StringComparison.Ordinal))
        {
            return Error(doc.Line, $"question '{doc.Id}': the quote is not in item '{item.Id}' (copy the item's own words)");
        }

        return SourceText.Normalise(doc.Quote!).Contains(SourceText.Normalise(doc.Key!), StringComparison.Ordinal)
            || Error(doc.Line, $"question '{doc.Id}': the key '{doc.Key}' is not part of the quote");
    }

    // Exactly one correct option, and it is the only one that repeats the key: the source decides the answer.
    private bool CheckOptions(QuestionDoc doc)
    {
        if (doc.Options.Count is < 2 or > 4)
        {
            return Error(doc.Line, $"question '{doc.Id}' needs 2 to 4 options, not {doc.Options.Count}");
        }

        var ok = doc.Options.Aggregate(true, (all, o) => RequireText(o.Text, o.Line, $"an option of question '{doc.Id}'") && all);
        var correct = doc.Options.Count(o => o.Correct);
        if (correct != 1)
        {
            return Error(doc.Line, $"question '{doc.Id}' needs exactly one option with 'correct: true', not {correct}");
        }

        if (!ok || doc.Key is null)
        {
            return false;
        }

        var key = SourceText.Normalise(doc.Key);
        foreach (var option in doc.Options.Where(o => o.Correct != SourceText.Normalise(o.Text!).Contains(key, StringComparison.Ordinal)))
        {
            ok = Error(option.Line, option.Correct
                ? $"question '{doc.Id}': the correct option does not contain the key '{doc.Key}'"
                : $"question '{doc.Id}': a wrong option contains the key '{doc.Key}'");
        }

        return ok;
    }

    private Item? FindItem(string? id, int line, string what)
    {
        if (id is not null && guide.FindItem(id) is { } item)
        {
            return item;
        }

        Error(line, $"{what} '{id}', which is not an item in areas/");
        return null;
    }

    private bool RequireId(string? id, int line, string what) =>
        (id is not null && AreaBuilder.IdPattern().IsMatch(id))
        || Error(line, $"{what} id '{id}' must be lower-case letters, digits and dashes");

    private bool RequireText(string? text, int line, string what) =>
        !string.IsNullOrWhiteSpace(text) || Error(line, $"{what} is empty");

    private bool Error(int line, string message)
    {
        errors.Add(new ContentError(File, line, message));
        return false;
    }
}
