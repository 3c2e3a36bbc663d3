using Microsoft.Net.Http.Headers;

namespace Steward.Web.Hosting;

/// <summary>
/// How long browsers keep static files: a year, never revalidated, when the address carries the file's version
/// (<c>?v=</c>, from <c>asp-append-version</c>), since a change gives a new address; a day otherwise (GOV.UK Frontend's
/// fonts and images, and the modules they import).
/// </summary>
public static class StaticCaching
{
    public static readonly TimeSpan Versioned = TimeSpan.FromDays(365);

    public static readonly TimeSpan Unversioned = TimeSpan.FromDays(1);

    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = file =>
        {
            var versioned = file.Context.Request.Query.ContainsKey("v");
            file.Context.Response.Headers[HeaderNames.CacheControl] = versioned
                ? $"public, max-age={(int)Versioned.TotalSeconds}, immutable"
                : $"public, max-age={(int)Unversioned.TotalSeconds}";
        },
    };
}
