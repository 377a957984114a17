using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Knowledge.Loading;

/// <summary>Everything in cards/, loaded and checked together: the guide, search synonyms, the onboarding course and the tools.</summary>
public sealed record GuideContent(Guide Guide, IReadOnlyList<SynonymGroup> Synonyms, Course Course, Toolbox Tools);
