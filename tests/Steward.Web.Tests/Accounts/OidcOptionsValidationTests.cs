using Steward.Web.Hosting;

namespace Steward.Web.Tests.Accounts;

/// <summary>OpenID Connect settings that could not sign anybody in are refused at start, naming the setting.</summary>
public sealed class OidcOptionsValidationTests
{
    [Theory]
    [InlineData(null, "secret", null, false, "Steward:Oidc:ClientId")]
    [InlineData("steward", null, null, false, "give PrivateKey (or PrivateKeyFile) for private_key_jwt, or ClientSecret")]
    [InlineData("steward", null, "/no/such/key.pem", false, "Steward:Oidc:PrivateKeyFile: there is no file \"/no/such/key.pem\"")]
    [InlineData("steward", "secret", null, false, "Steward:Oidc:Authority: \"http://provider.example/\" is not https")]
    public void Validate_Unusable_FailsNamingTheSetting(string? clientId, string? secret, string? keyFile, bool allowHttp, string message)
    {
        // Arrange
        var options = new OidcOptions
        {
            Authority = keyFile is null && secret == "secret" && clientId is not null ? "http://provider.example/" : "https://provider.example/",
            ClientId = clientId,
            ClientSecret = secret,
            PrivateKeyFile = keyFile,
            AllowHttp = allowHttp,
        };

        // Act
        var result = new OidcOptionsValidation().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAuthority_IsOff_AndFine() =>
        Assert.True(new OidcOptionsValidation().Validate(null, new OidcOptions()).Succeeded);
}
