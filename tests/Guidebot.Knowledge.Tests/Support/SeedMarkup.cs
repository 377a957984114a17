namespace Guidebot.Knowledge.Tests.Support;

/// <summary>Whether a seed's extraction markup (<c>*</c>, <c>**</c>, <c>&lt;i&gt;</c>, <c>^{…}</c>, superscript digits) counts in comparisons.</summary>
public enum SeedMarkup
{
    /// <summary>Compare the seed as extracted (the Cabi, Flere skal med and Råderum seeds have no markup).</summary>
    Keep,

    /// <summary>Strip the markup from the seed and from every text compared with it.</summary>
    Strip,
}
