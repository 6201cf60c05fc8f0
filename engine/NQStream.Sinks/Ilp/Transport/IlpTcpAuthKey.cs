using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace NQStream.Sinks.Ilp.Transport;

/// <summary>
/// The private key of QuestDB's ILP-over-TCP authentication: the JWK <c>d</c> of an ECDSA P-256 key, given as the
/// <c>token</c> of a <c>tcp::</c>/<c>tcps::</c> configuration string (base64url as in the JWK; standard base64
/// with or without padding is accepted too, as the official .NET client does).
/// </summary>
internal static class IlpTcpAuthKey
{
    private const int KeyBytes = 32;

    /// <summary>Null when <paramref name="token"/> is a usable P-256 private key, else why not (one line, key not echoed).</summary>
    public static string? Check(string token)
    {
        if (!TryDecode(token, out byte[]? d, out string? error))
        {
            return error;
        }

        try
        {
            using var key = Create(d);
            return null;
        }
        catch (CryptographicException)
        {
            return "expected an ECDSA P-256 private key 'd' (1 <= d < curve order), got a 32-byte value outside that range";
        }
    }

    /// <summary>The signing key for <paramref name="token"/> (checked by <see cref="Check"/> when the options were parsed).</summary>
    public static ECDsa Import(string token)
    {
        if (!TryDecode(token, out byte[]? d, out string? error))
        {
            throw new IlpException("ILP TCP authentication token: " + error);
        }

        return Create(d);
    }

    private static ECDsa Create(byte[] d)
    {
        // The public point is derived from d (the JWK's x and y are not needed to sign).
        var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d };
        try
        {
            return ECDsa.Create(parameters);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    private static bool TryDecode(string token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? d, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        d = null;
        string standard = token.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        if (standard.Length == 0 || !Base64.IsValid(standard + new string('=', (4 - (standard.Length % 4)) % 4), out int length))
        {
            error = "expected the ECDSA P-256 private key 'd' in base64url (43 characters), got text that is not base64";
            return false;
        }

        if (length != KeyBytes)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"expected the ECDSA P-256 private key 'd' (32 bytes, 43 base64url characters), got {length} bytes");
            return false;
        }

        d = Convert.FromBase64String(standard + new string('=', (4 - (standard.Length % 4)) % 4));
        error = null;
        return true;
    }
}
