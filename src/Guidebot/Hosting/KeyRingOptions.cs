namespace Guidebot.Hosting;

/// <summary>
/// Where ASP.NET Core Data Protection keeps its key ring (<c>DataProtection</c>): the keys that protect the chat page's
/// tokens. With Redis storage the ring lives in that Redis (shared by every instance); otherwise in <see cref="KeysPath"/>
/// when set, else in the default per-user folder.
/// </summary>
internal sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A folder for the key ring when state is not in Redis, e.g. <c>/data/keys</c> in the container.</summary>
    public string? KeysPath { get; set; }

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest; without it they are stored in plain XML.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }
}
