using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>Loads <c>DataProtection:CertificatePath</c>; as a validator it stops startup when the file cannot be used.</summary>
internal sealed class KeyRingCertificate : IValidateOptions<KeyRingOptions>
{
    /// <summary>The certificate with its private key, or null and what is wrong with the file.</summary>
    public static X509Certificate2? Load(KeyRingOptions options, out string? problem)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
            if (certificate.HasPrivateKey)
            {
                problem = null;
                return certificate;
            }

            certificate.Dispose();
            problem = "has no private key, so it cannot decrypt the key ring";
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be loaded: {exception.Message}";
        }

        return null;
    }

    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return ValidateOptionsResult.Success;
        }

        using var certificate = Load(options, out var problem);
        return certificate is null
            ? ValidateOptionsResult.Fail($"DataProtection:CertificatePath '{options.CertificatePath}' {problem}.")
            : ValidateOptionsResult.Success;
    }
}
