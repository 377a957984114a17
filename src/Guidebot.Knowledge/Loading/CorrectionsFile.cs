namespace Guidebot.Knowledge.Loading;

// The shape of cards/corrections.yaml, exactly as a methods consultant writes it. A field not declared
// here is reported where it stands and skipped.

internal sealed class CorrectionsFile : LocatedDoc
{
    public List<CorrectionDoc> Corrections { get; set; } = [];
    public List<OwnWordingDoc> OwnWording { get; set; } = [];
}

internal sealed class CorrectionDoc : LocatedDoc
{
    public string? Doc { get; set; }
    public LocatedText? Item { get; set; }
    public string? Source { get; set; }
    public string? Corrected { get; set; }
    public string? Reason { get; set; }
}

internal sealed class OwnWordingDoc : LocatedDoc
{
    public LocatedText? Item { get; set; }
    public string? Text { get; set; }
    public string? Reason { get; set; }
}
