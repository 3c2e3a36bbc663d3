using System.Security.Cryptography;
using System.Text;

namespace Steward.Data.Accounts;

/// <summary>
/// Secrets handed to people and machines (invitation links, API tokens): 256 random bits, URL-safe, and kept in the
/// store only as their SHA-256, so that a copy of the store lets nobody in.
/// </summary>
public static class Secrets
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
