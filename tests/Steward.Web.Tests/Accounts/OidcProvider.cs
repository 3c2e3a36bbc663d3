using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore; // GetOpenIddictServerRequest()
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Steward.Web.Tests.Accounts;

/// <summary>EF Core context holding OpenIddict's applications/authorizations/scopes/tokens (in memory).</summary>
internal sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);

/// <summary>
/// A real OpenID Connect provider (OpenIddict server) on Kestrel, http://127.0.0.1:random, for Steward's sign-in tests.
/// Authorization code + PKCE; the authorize endpoint signs the fixed test user in without any UI.
/// </summary>
internal sealed class OidcProvider : IAsyncDisposable
{
    public const string SubjectId = "test-user-0001";
    public const string Email = "test.user@example.test";

    private static readonly Lazy<RSA> SharedSigningKey = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> SharedEncryptionKey = new(() => RSA.Create(2048));

    private readonly WebApplication _app;

    private OidcProvider(WebApplication app, Uri authority)
    {
        _app = app;
        Authority = authority;
    }

    /// <summary>Base URI, e.g. http://127.0.0.1:41234/ ; the issuer is this exact string.</summary>
    public Uri Authority { get; }

    public static async Task<OidcProvider> StartAsync(ILoggerProvider? log, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(log);
        }

        // Keys live only in memory: nothing written to ~/.aspnet/DataProtection-Keys.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();

        var databaseName = "openiddict-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        builder.Services.AddDbContext<ProviderDbContext>(options =>
        {
            options.UseInMemoryDatabase(databaseName);
            options.UseOpenIddict(); // registers OpenIddict's entity sets on this context
        });

        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(options =>
            {
                // No SetIssuer: OpenIddict uses the request's base URI, so the random port needs no pre-knowledge.
                options.SetAuthorizationEndpointUris("connect/authorize")
                       .SetTokenEndpointUris("connect/token");

                options.AllowAuthorizationCodeFlow()
                       .RequireProofKeyForCodeExchange();

                options.RegisterScopes(Scopes.Email, Scopes.Profile);

                // Throw-away in-memory RSA keys (no certificates, no X.509 store). AddEphemeralSigningKey()/
                // AddEphemeralEncryptionKey() also work, but each makes an RSA-4096 key on the first request
                // (~1-2 s per test on 2 cores), so one 2048-bit pair is made per test run and shared.
                options.AddSigningKey(new RsaSecurityKey(SharedSigningKey.Value))
                       .AddEncryptionKey(new RsaSecurityKey(SharedEncryptionKey.Value));

                // client_secret_post/basic and private_key_jwt are enabled by default in OpenIddict 7,
                // but only for RFC 7523bis-shaped assertions; also accept the GOV.UK One Login shape.
                options.AcceptClassicClientAssertions();

                options.UseAspNetCore()
                       .EnableAuthorizationEndpointPassthrough()
                       .DisableTransportSecurityRequirement(); // allow plain http://
            });

        var app = builder.Build();
        app.UseAuthentication(); // OpenIddict's request handler runs inside the authentication middleware

        // Passthrough authorize endpoint: no login page, always the same user.
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()
                ?? throw new InvalidOperationException("Not an OpenID Connect request.");

            var identity = new ClaimsIdentity(
                authenticationType: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
                nameType: Claims.Name,
                roleType: Claims.Role);
            identity.SetClaim(Claims.Subject, SubjectId)
                    .SetClaim(Claims.Email, Email)
                    .SetClaim(Claims.Name, "Test User");
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);

            return Results.SignIn(new ClaimsPrincipal(identity), properties: null,
                OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await app.StartAsync(ct);
        var address = app.Urls.Single(); // after StartAsync: the real bound port, not ":0"
        return new OidcProvider(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Registers a client; call it once the RP has started and its redirect URI (port) is known.</summary>
    public async Task RegisterClientAsync(OpenIddictApplicationDescriptor client, CancellationToken ct)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(client, ct);
    }

    /// <summary>Permissions a code-flow web client needs.</summary>
    public static OpenIddictApplicationDescriptor CodeFlowClient(string clientId, Uri redirectUri)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        return descriptor;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal static class OpenIddictClassicClientAssertionExtensions
{
    /// <summary>
    /// OpenIddict 7 accepts a private_key_jwt client assertion only with typ "client-authentication+jwt" and
    /// aud = the issuer (RFC 7523bis). GOV.UK One Login's documented shape (OIDC Core 9 / RFC 7523) is
    /// aud = the token endpoint, and the usual JWT libraries write typ "JWT". These two handlers make the
    /// test provider accept that shape too (signature, iss = sub = client_id, exp are still checked).
    /// </summary>
    public static OpenIddictServerBuilder AcceptClassicClientAssertions(this OpenIddictServerBuilder builder)
    {
        const string clientAssertion = OpenIddictConstants.TokenTypeIdentifiers.Private.ClientAssertion;

        // Before signature validation: widen the accepted typ values and audiences.
        builder.AddEventHandler<OpenIddictServerEvents.ValidateTokenContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (context.ValidTokenTypes.Count != 1 || !context.ValidTokenTypes.Contains(clientAssertion))
                {
                    return default;
                }

                if (context.TokenValidationParameters.ValidTypes is { } types)
                {
                    context.TokenValidationParameters.ValidTypes = [.. types, "JWT", "application/jwt"];
                }

                if (context.BaseUri is { } baseUri)
                {
                    foreach (var uri in context.Options.TokenEndpointUris)
                    {
                        context.ValidAudiences.Add((uri.IsAbsoluteUri ? uri : new Uri(baseUri, uri)).AbsoluteUri);
                    }
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom));

        // After it: a typ "JWT" token is classified as an id_token; it was verified with the client's own
        // registered key, so it is the client assertion that was asked for.
        builder.AddEventHandler<OpenIddictServerEvents.ValidateTokenContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (context.ValidTokenTypes.Count == 1 && context.ValidTokenTypes.Contains(clientAssertion) &&
                    context.Principal is { } principal &&
                    principal.GetTokenType() == OpenIddictConstants.TokenTypeIdentifiers.IdentityToken)
                {
                    principal.SetTokenType(clientAssertion);
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Protection.ValidatePrincipal.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom));

        return builder;
    }
}
