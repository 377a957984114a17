using System.ComponentModel.DataAnnotations;

namespace Guidebot.Hosting;

/// <summary>Where the guide's content is read from.</summary>
internal sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The cards/ folder; relative paths are resolved against the app's folder, where the build copies it.</summary>
    [Required]
    public string CardsPath { get; set; } = "cards";

    public string ResolvedCardsPath => Path.IsPathRooted(CardsPath) ? CardsPath : Path.Combine(AppContext.BaseDirectory, CardsPath);
}
