namespace Guidebot.Hosting;

/// <summary>
/// A check that must pass before the host listens, run by <see cref="StartupFailure"/>. It reports a problem by
/// throwing an exception that <see cref="StartupFailure"/> knows how to print (e.g. a <c>ContentValidationException</c>).
/// </summary>
internal interface IStartupCheck
{
    void Run();
}
