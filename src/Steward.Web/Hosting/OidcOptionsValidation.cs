using Microsoft.Extensions.Options;

namespace Steward.Web.Hosting;

/// <summary>Refuses, at start, OpenID Connect settings that could not sign anybody in, naming the setting.</summary>
public sealed class OidcOptionsValidation : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            return ValidateOptionsResult.Fail($"{OidcOptions.Section}:ClientId: an OpenID Connect client id is needed when {OidcOptions.Section}:Authority is set");
        }

        if (string.IsNullOrWhiteSpace(options.PrivateKey) && string.IsNullOrWhiteSpace(options.PrivateKeyFile) && string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return ValidateOptionsResult.Fail($"{OidcOptions.Section}: give PrivateKey (or PrivateKeyFile) for private_key_jwt, or ClientSecret");
        }

        if (!string.IsNullOrWhiteSpace(options.PrivateKeyFile) && !File.Exists(options.PrivateKeyFile))
        {
            return ValidateOptionsResult.Fail($"{OidcOptions.Section}:PrivateKeyFile: there is no file \"{options.PrivateKeyFile}\"");
        }

        if (!options.AllowHttp && options.Authority!.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"{OidcOptions.Section}:Authority: \"{options.Authority}\" is not https (AllowHttp is for tests on a loopback port only)");
        }

        return ValidateOptionsResult.Success;
    }
}
