using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Loads and checks all of cards/ at once, reporting every problem of every file together (each once, as
/// <c>file:line:column: message</c>) in a <see cref="ContentValidationException"/>. This is what the bot
/// runs before it serves anything, and what the <c>check-content</c> command runs for editors.
/// </summary>
public static class ContentLoader
{
    public static GuideContent Load(string cardsPath)
    {
        var errors = new ContentErrors();
        var guide = GuideLoader.Load(cardsPath, errors);
        var synonyms = LoadSynonyms(cardsPath, errors);
        if (guide is null)
        {
            errors.ThrowIfAny();
        }

        var course = OnboardingLoader.Load(cardsPath, guide!, errors);
        var tools = ToolLoader.Load(cardsPath, guide!, errors);
        errors.ThrowIfAny();
        return new GuideContent(guide!, synonyms, course!, tools);
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
