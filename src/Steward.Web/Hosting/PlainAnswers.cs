using System.Net;

namespace Steward.Web.Hosting;

/// <summary>
/// A short answer in the form the client asked for: problem details under <c>/api</c> (and for downloads), a plain
/// HTML page elsewhere. Used where the usual pages cannot be (the store is gone, too many requests).
/// </summary>
public static class PlainAnswers
{
    public static async Task WriteAsync(HttpContext context, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/tables") || path.StartsWithSegments("/openapi"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail },
            }).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} – Steward</title>
            <link rel="stylesheet" href="/css/steward.css"></head>
            <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p></main></body>
            </html>
            """, context.RequestAborted).ConfigureAwait(false);
    }
}
