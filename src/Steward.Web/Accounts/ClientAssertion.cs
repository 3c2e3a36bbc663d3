using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Steward.Web.Accounts;

/// <summary>
/// The signed JWT with which Steward proves it is the OpenID Connect client (private_key_jwt, RFC 7523 and OpenID
/// Connect Core §9): iss = sub = the client id, aud = the token endpoint (or the issuer), a fresh jti, five minutes' life.
/// </summary>
public static class ClientAssertion
{
    public const string Type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static string Create(string clientId, string audience, RsaSecurityKey key, TimeProvider time, bool newStyle)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = clientId, ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            TokenType = newStyle ? "client-authentication+jwt" : "JWT",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The RSA key from PEM text (or the file named), with its key id.</summary>
    public static RsaSecurityKey Key(string? pem, string? file, string? keyId)
    {
        var text = !string.IsNullOrWhiteSpace(pem) ? pem : File.ReadAllText(file!);
        var rsa = RSA.Create();
        rsa.ImportFromPem(text);
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }
}
