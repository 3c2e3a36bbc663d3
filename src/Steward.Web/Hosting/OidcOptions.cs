using System.ComponentModel.DataAnnotations;

namespace Steward.Web.Hosting;

/// <summary>
/// Sign-in with an OpenID Connect provider (section <c>Steward:Oidc</c>; off while <see cref="Authority"/> is empty).
/// GOV.UK One Login is one: it wants <c>private_key_jwt</c> (<see cref="PrivateKey"/>); any standard provider works
/// with a client secret. Secrets come only from configuration or the environment (<c>Steward__Oidc__PrivateKey</c>).
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Steward:Oidc";

    public const string Scheme = "oidc";

    /// <summary>The provider's issuer, e.g. <c>https://oidc.account.gov.uk/</c>.</summary>
    [Url]
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>A client secret (client_secret_post), for providers that use one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>An RSA private key (PEM) that signs the client assertion (private_key_jwt, RFC 7523).</summary>
    public string? PrivateKey { get; set; }

    /// <summary>A file holding <see cref="PrivateKey"/> instead.</summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>The key's id (<c>kid</c>), when the provider holds several of the client's keys.</summary>
    public string? KeyId { get; set; }

    /// <summary>
    /// Whom the client assertion is addressed to: <c>token-endpoint</c> (OpenID Connect Core §9; GOV.UK One Login) or
    /// <c>issuer</c> (the newer RFC 7523bis shape, with <c>typ</c> <c>client-authentication+jwt</c>).
    /// </summary>
    [RegularExpression("^(token-endpoint|issuer)$")]
    public string AssertionAudience { get; set; } = "token-endpoint";

    /// <summary>What the sign-in button calls the provider.</summary>
    public string DisplayName { get; set; } = "GOV.UK One Login";

    /// <summary>Scopes asked for, space-separated (<c>openid</c> is always asked).</summary>
    public string Scopes { get; set; } = "openid email";

    /// <summary>Allow an http:// authority (tests on a loopback port only).</summary>
    public bool AllowHttp { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
