namespace Guidebot.Benchmarks;

/// <summary>
/// Where the guide's content and the evaluation questions are: <c>--cards &lt;path&gt;</c>, or cards/ beside
/// Guidebot.sln found by walking up from the program. BenchmarkDotNet runs each benchmark in a child
/// process, so the path travels in an environment variable.
/// </summary>
public static class RepoPaths
{
    private const string CardsVariable = "GUIDEBOT_BENCH_CARDS";
    private const string QuestionsPath = "tests/Guidebot.Knowledge.Tests/Search/eval-questions.json";

    public static string Cards =>
        Environment.GetEnvironmentVariable(CardsVariable) is { Length: > 0 } path ? path : Path.Combine(RepoRoot(), "cards");

    public static string Questions => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Cards))!, QuestionsPath);

    /// <summary>Takes <c>--cards &lt;path&gt;</c> out of the arguments and returns the rest for BenchmarkDotNet.</summary>
    public static string[] UseArguments(string[] args)
    {
        var index = Array.IndexOf(args, "--cards");
        if (index < 0 || index == args.Length - 1)
        {
            return args;
        }

        Environment.SetEnvironmentVariable(CardsVariable, Path.GetFullPath(args[index + 1]));
        return [.. args[..index], .. args[(index + 2)..]];
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Guidebot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Guidebot.sln not found above the program; pass --cards <path to cards/>.");
    }
}
