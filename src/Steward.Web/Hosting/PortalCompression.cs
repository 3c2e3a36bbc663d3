using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Steward.Web.Hosting;

/// <summary>
/// Brotli or gzip, as the browser asks, for pages, API answers, CSV downloads and static text (issue 16). Only for a
/// request that carries no ASP.NET Core cookie (no session, no anti-forgery token): compressing an answer that holds a
/// secret beside text an attacker chose would open it to BREACH, so signed-in pages go uncompressed
/// (docs/portal.md, "Compression and caching").
/// </summary>
public static class PortalCompression
{
    public static IServiceCollection AddPortalCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json", "text/csv"];
        })
        .Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest)
        .Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);

    public static IApplicationBuilder UsePortalCompression(this IApplicationBuilder app) =>
        app.UseWhen(Anonymous, compressed => compressed.UseResponseCompression());

    /// <summary>A request with no cookie of ASP.NET Core's own (session, anti-forgery, second factor).</summary>
    public static bool Anonymous(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !context.Request.Cookies.Keys.Any(name => name.StartsWith(".AspNetCore.", StringComparison.Ordinal));
    }
}
