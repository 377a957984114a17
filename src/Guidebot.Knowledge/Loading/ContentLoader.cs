using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Loads and checks all of cards/ at once (areas, tools, onboarding, synonyms, the corrections list), reporting every problem of every file together (each once, as
/// <c>cards/areas/x.yaml:line:column: message</c>, the file named from the content folder) in a
/// <see cref="ContentValidationException"/>. This is what the bot runs before it serves anything, and what
/// the <c>check-content</c> command runs for editors.
/// </summary>
public static class ContentLoader
{
    /// <summary>Loads cards/; <paramref name="isReservedCommand"/> tells the words the bot itself answers to, which no tool may take.</summary>
    public static GuideContent Load(string cardsPath, Func<string, bool>? isReservedCommand = null)
    {
        var errors = new ContentErrors();
        var guide = GuideLoader.Load(cardsPath, errors);
        var synonyms = LoadSynonyms(cardsPath, errors);
        var course = guide is null ? null : OnboardingLoader.Load(cardsPath, guide, errors);
        var tools = guide is null ? null : ToolLoader.Load(cardsPath, guide, isReservedCommand ?? (_ => false), errors);
        if (guide is not null)
        {
            CorrectionsLoader.Load(cardsPath, guide, errors); // the corrections list is checked here; the content tests apply it
        }
        if (errors.Count > 0)
        {
            var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(cardsPath)));
            throw new ContentValidationException([.. errors.All.Select(error => error with { File = $"{folder}/{error.File}" })]);
        }

        return new GuideContent(guide!, synonyms, course!, tools!);
    }

    private static IReadOnlyList<SynonymGroup> LoadSynonyms(string cardsPath, ContentErrors errors)
    {
        try
        {
            return SynonymsLoader.Load(cardsPath);
        }
        catch (ContentValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                errors.Add(error);
            }

            return [];
        }
    }
}
