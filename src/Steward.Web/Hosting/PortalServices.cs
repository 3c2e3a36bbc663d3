using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Steward.Web.Analytics;
using Steward.Web.Api;
using Steward.Web.Tables;

namespace Steward.Web.Hosting;

/// <summary>Registers and wires the portal (conventions C7–C9): explicit services, no scanning.</summary>
public static class PortalServices
{
    /// <summary>The rate-limit policy on search and the API.</summary>
    public const string RateLimitPolicy = "per-client";

    /// <summary>Folders of public pages (anyone, no account).</summary>
    private static readonly string[] PublicFolders = ["/Buyers", "/Designs", "/Markets", "/Processes", "/Register", "/Suppliers"];

    /// <summary>Public pages at the top level (anyone, no account).</summary>
    private static readonly string[] PublicPages = ["/Index", "/About", "/Error", "/Flags", "/Goals", "/Search", "/SocialValue"];

    public static IServiceCollection AddStewardPortal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PortalStore>();
        services.AddSingleton<StoreAvailability>();
        services.AddSingleton<ReportCache>();
        services.AddSingleton<PortalTables>();
        services.AddSingleton<SearchCounts>();
        services.AddSingleton<IndicatorDocument>();
        services.AddSingleton<IValidateOptions<PortalOptions>, SupplierRulesValidation>();
        services.AddSingleton<Register.RegisterService>();
        services.AddHostedService<StoreStartup>();

        services.AddDataProtection().SetApplicationName("steward-portal");
        services.AddOptions<KeyManagementOptions>().Configure<PortalStore>((keys, store) => keys.XmlRepository = new StoreXmlRepository(store));

        services.AddStewardAccounts(configuration);
        services.AddStewardTenders(configuration);
        services.AddStewardBids(configuration);
        services.AddStewardDelivery();
        services.AddRazorPages(pages =>
        {
            // The public portal is open to everyone; signed-in pages say what they need (Policies). A page that says
            // nothing needs a signed-in person (the fallback policy), and the route-by-role test fails on it.
            foreach (var folder in PublicFolders)
            {
                pages.Conventions.AllowAnonymousToFolder(folder);
            }

            foreach (var page in PublicPages)
            {
                pages.Conventions.AllowAnonymousToPage(page);
            }

            pages.Conventions.AuthorizeFolder("/Account", Policies.CanUseAccount);
            pages.Conventions.AuthorizeFolder("/Admin", Policies.CanManageInstance);
            pages.Conventions.AuthorizeFolder("/Verification", Policies.CanVerifyEvidence);
            pages.Conventions.AuthorizeFolder("/Commissioning", Policies.CanDesignTenders);
            pages.Conventions.AuthorizeFolder("/Bidding", Policies.CanSubmitBids);
            pages.Conventions.AuthorizeFolder("/Evaluation/Panels", Policies.CanScoreBids);
            pages.Conventions.AuthorizeFolder("/Evaluation/Box", Policies.CanRunEvaluation);
            pages.Conventions.AuthorizeFolder("/Delivery/Contracts", Policies.CanManageDelivery);
            pages.Conventions.AuthorizeFolder("/Delivery/Reporting", Policies.CanReportDelivery);
            pages.Conventions.AuthorizeFolder("/Delivery/Verification", Policies.CanVerifyDelivery);
            pages.Conventions.AuthorizeFolder("/Delivery/Files", Policies.CanUseAccount);
        });
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Steward API";
            document.Info.Description = "Public procurement data from the Steward store: search, processes (with OCDS), buyers' benchmarks, " +
                                        "markets, suppliers and red flags. Officials' personal data is never returned.";
            return Task.CompletedTask;
        }));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await PlainAnswers.WriteAsync(context.HttpContext, "Too many requests", "Please wait a minute before searching again.").ConfigureAwait(false);
            };
        });
        // Nothing is uploaded: small requests only (Kestrel answers 413, 431 or 414 past these).
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(KestrelRefusalHeaders.Middleware));
        });
        services.Configure<FormOptions>(form => form.ValueCountLimit = 200);
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.AddPortalCompression();
        return services;
    }

    public static WebApplication UseStewardPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseRequestGuards();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = Unavailable });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = Unavailable });
            pages.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UsePortalCompression();
        app.UseStaticFiles(StaticCaching.Options);
        app.UseStoreGate();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/openapi", () => Results.Redirect("/openapi/v1.json")).ExcludeFromDescription().AllowAnonymous();
        app.MapStewardApi();
        app.MapRegisterApi();
        app.MapTendersApi();
        app.MapWriteApi();
        app.MapRazorPages();
        return app;
    }

    private static int Unavailable(Exception exception) => exception switch
    {
        Microsoft.AspNetCore.Http.BadHttpRequestException bad => bad.StatusCode,
        _ when StoreAvailability.IsUnreachable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
