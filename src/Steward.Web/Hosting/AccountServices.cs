using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Data.Entities;
using Steward.Web.Accounts;

namespace Steward.Web.Hosting;

/// <summary>
/// Accounts in the portal (docs/accounts.md): ASP.NET Core Identity on the store, cookie sessions, the capability
/// policies, and the rate limit on sign-in. The public pages need none of it.
/// </summary>
public static class AccountServices
{
    /// <summary>The rate-limit policy on sign-in, second factor, recovery and invitation pages (per client).</summary>
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddStewardAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped(provider =>
        {
            var context = StewardDatabase.CreateContext(provider.GetRequiredService<PortalStore>().Target);
            context.AuditClock = provider.GetRequiredService<TimeProvider>();
            var user = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.User;
            context.AuditActor = user?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? Actors.Account(id) : Actors.System;
            return context;
        });
        services.AddSingleton(provider => new AccountDirectory(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new AuditTrail(provider.GetRequiredService<PortalStore>().Target));
        services.AddScoped<ActingAccount>();
        services.AddScoped<InviteForm>();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccountMail>();
        services.AddOptions<RegisterOptions>().Bind(configuration.GetSection(RegisterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new Steward.Data.Suppliers.SupplierPortal(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<RegisterOptions>>().Value.EvidenceFolder is { Length: > 0 } folder ? folder : null));
        services.AddScoped<AccountMessages>();
        services.AddScoped<AccountData>();
        services.AddSingleton<ResetThrottle>();
        services.AddScoped<IAuthorizationHandler, CapabilityHandler>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddStewardOidc(configuration);
        services.AddIdentityCore<AccountUser>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<StewardDbContext>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            var settings = accounts.Value;
            identity.User.RequireUniqueEmail = true;
            // NCSC password guidance: length, not composition rules; Identity still refuses the empty and the short.
            identity.Password.RequiredLength = settings.PasswordLength;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequiredUniqueChars = 4;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = settings.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.LockoutMinutes);
            identity.SignIn.RequireConfirmedAccount = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AccountOptions>>((cookie, accounts) =>
        {
            cookie.Cookie.Name = "steward.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.Value.SessionMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/sign-in";
            cookie.LogoutPath = "/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, cookie =>
            {
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
            });
        }

        // A password reset, a removed role or a deleted account reaches the person's other sessions within a minute.
        // Identity rebuilds the principal when it re-checks the stamp and drops how the person signed in ("amr"): keep
        // it, or a commissioner or evaluator would lose their second factor a minute into the session.
        services.Configure<SecurityStampValidatorOptions>(stamp =>
        {
            stamp.ValidationInterval = TimeSpan.FromMinutes(1);
            stamp.OnRefreshingPrincipal = refresh =>
            {
                if (refresh.NewPrincipal?.Identity is ClaimsIdentity renewed && refresh.CurrentPrincipal is { } current)
                {
                    foreach (var method in current.FindAll(ActingAccount.MethodClaim).Where(m => !renewed.HasClaim(ActingAccount.MethodClaim, m.Value)))
                    {
                        renewed.AddClaim(new Claim(ActingAccount.MethodClaim, method.Value));
                    }
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddCapabilityPolicies();
        services.AddRateLimiter(limiter => limiter.AddPolicy(SignInRateLimit, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.SignInsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        return services;
    }

    private static AuthorizationBuilder AddCapabilityPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, capability) in Policies.All)
        {
            builder.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new CapabilityRequirement(capability)));
        }

        return builder;
    }

    /// <summary>The API answers 401/403; pages go to sign-in or the access-denied page.</summary>
    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
