using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Steward.Web.Accounts;

namespace Steward.Web.Hosting;

/// <summary>
/// Adds sign-in with the configured OpenID Connect provider (authorization code with PKCE; the client proves itself
/// with private_key_jwt or a secret). The provider's answer lands in Identity's external cookie, and
/// /sign-in/external turns it into a Steward session (docs/accounts.md, "Signing in with OpenID Connect"). The scheme
/// is registered from the settings when they are read, so that it exists only when an authority is configured.
/// </summary>
public static class OidcSignIn
{
    public static IServiceCollection AddStewardOidc(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OidcOptions>().Bind(configuration.GetSection(OidcOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<OidcOptions>, OidcOptionsValidation>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddTransient<OpenIdConnectHandler>();
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<OidcOptions>>((authentication, oidc) =>
        {
            if (oidc.Value.Enabled)
            {
                authentication.AddScheme(OidcOptions.Scheme, scheme =>
                {
                    scheme.HandlerType = typeof(OpenIdConnectHandler);
                    scheme.DisplayName = oidc.Value.DisplayName;
                });
            }
        });
        services.AddOptions<OpenIdConnectOptions>(OidcOptions.Scheme).Configure<IOptions<OidcOptions>>((oidc, options) => Configure(oidc, options.Value));
        return services;
    }

    private static void Configure(OpenIdConnectOptions oidc, OidcOptions settings)
    {
        var key = string.IsNullOrWhiteSpace(settings.PrivateKey) && string.IsNullOrWhiteSpace(settings.PrivateKeyFile)
            ? null
            : ClientAssertion.Key(settings.PrivateKey, settings.PrivateKeyFile, settings.KeyId);
        oidc.SignInScheme = IdentityConstants.ExternalScheme;
        oidc.Authority = settings.Authority;
        oidc.RequireHttpsMetadata = !settings.AllowHttp;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = key is null ? settings.ClientSecret : null;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        oidc.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        oidc.SaveTokens = false;
        oidc.Scope.Clear();
        foreach (var scope in ("openid " + settings.Scopes).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            oidc.Scope.Add(scope);
        }

        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
        if (key is not null)
        {
            oidc.Events.OnAuthorizationCodeReceived = context => SendAssertionAsync(context, settings, key);
        }
    }

    /// <summary>private_key_jwt: the token request carries a signed assertion instead of a secret.</summary>
    private static async Task SendAssertionAsync(AuthorizationCodeReceivedContext context, OidcOptions settings, RsaSecurityKey key)
    {
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        var newStyle = settings.AssertionAudience == "issuer";
        var request = context.TokenEndpointRequest!;
        request.ClientSecret = null;
        request.ClientAssertionType = ClientAssertion.Type;
        request.ClientAssertion = ClientAssertion.Create(settings.ClientId!, newStyle ? configuration.Issuer : configuration.TokenEndpoint, key,
            context.HttpContext.RequestServices.GetRequiredService<TimeProvider>(), newStyle);
    }
}
