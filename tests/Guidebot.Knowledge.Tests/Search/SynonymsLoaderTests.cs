using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Tests.Support;

namespace Guidebot.Knowledge.Tests.Search;

public sealed class SynonymsLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("guidebot-synonyms-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_RepositorySynonyms_HasNoErrors()
    {
        Assert.NotEmpty(SynonymsLoader.Load(RepoCards.Path));
    }

    [Fact]
    public void Load_Groups_KeepsTermsInOrder()
    {
        Write("""
            synonyms:
              - [borger, ledig]
              - [lønnede timer, løntimer]
            """);

        var groups = SynonymsLoader.Load(_root);

        Assert.Equal([["borger", "ledig"], ["lønnede timer", "løntimer"]], groups.Select(g => g.Terms));
    }

    [Fact]
    public void Load_OneWayEntry_KeepsWordsAndWhatTheyMean()
    {
        Write("""
            synonyms:
              - [borger, ledig]
              - { words: [ondt, smerter], means: [helbred, helbredsmæssige barrierer] }
              - { words: [syg], means: [helbred] }
            """);

        var groups = SynonymsLoader.Load(_root);

        Assert.Equal([["ondt", "smerter"], ["syg"]], groups.Skip(1).Select(g => g.Terms));
        Assert.Equal([["helbred", "helbredsmæssige barrierer"], ["helbred"]], groups.Skip(1).Select(g => g.Means));
        Assert.Empty(groups[0].Means);
    }

    [Fact]
    public void Load_RepositorySynonyms_KeepArbejdsevneAndFunktionsevneApart()
    {
        var groups = SynonymsLoader.Load(RepoCards.Path);

        Assert.DoesNotContain(groups, g => g.Terms.Concat(g.Means).Contains("arbejdsevne") && g.Terms.Concat(g.Means).Contains("funktionsevne"));
    }

    [Theory]
    [InlineData("synonyms:\n  - [borger, ledig]\n  - [praktik]\n", 3, "at least two terms")]
    [InlineData("synonyms:\n  - { words: [ondt] }\n", 2, "'means:' must be a list")]
    [InlineData("synonyms:\n  - { words: [ondt], means: [] }\n", 2, "'means:' must be a list")]
    [InlineData("synonyms:\n  - { words: [ondt], means: [helbred], betyder: [x] }\n", 2, "unknown field 'betyder'")]
    [InlineData("synonyms:\n  - [ondt, smerte]\n  - { words: [ondt], means: [helbred] }\n", 3, "'ondt' is already listed (line 2)")]
    [InlineData("synonyms:\n  - { words: [ondt], means: [og] }\n", 2, "no searchable word")]
    [InlineData("synonyms:\n  - [borger, ledig]\n  - [ledig, arbejdsløs]\n", 3, "'ledig' is already listed (line 2)")]
    [InlineData("synonyms:\n  - [borger, \"\"]\n", 2, "empty term")]
    [InlineData("synonyms:\n  - [borger, og at]\n", 2, "no searchable word")]
    [InlineData("synonyms:\n  - borger\n", 2, "a list of words or phrases")]
    [InlineData("synonymer:\n  - [a, b]\n", 1, "unknown field 'synonymer'")]
    [InlineData("synonyms:\n  - [borger, ledig\n", 3, "")]
    public void Load_BrokenFile_ReportsFileAndLine(string yaml, int line, string message)
    {
        Write(yaml);

        var error = Assert.Throws<ContentValidationException>(() => SynonymsLoader.Load(_root)).Errors[0];

        Assert.Equal((SynonymsLoader.FileName, line), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnError()
    {
        var error = Assert.Single(Assert.Throws<ContentValidationException>(() => SynonymsLoader.Load(_root)).Errors);

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    private void Write(string yaml) => File.WriteAllText(Path.Combine(_root, SynonymsLoader.FileName), yaml);
}
