namespace Guidebot.ReliabilityTests.Support;

/// <summary>How a <see cref="BotProcess"/> starts the bot: a program, its arguments (before <c>--urls</c>) and its working directory.</summary>
public sealed record BotLaunch(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>The bot this test project was built with: <c>dotnet Guidebot.dll</c> in the test's output folder.</summary>
    public static BotLaunch Built { get; } = new("dotnet", [Path.Combine(AppContext.BaseDirectory, "Guidebot.dll")], AppContext.BaseDirectory);
}
