namespace Steward.Web.Hosting;

/// <summary>
/// Requests the portal answers plainly whatever their path: TRACE and CONNECT are refused (405), a request the
/// server cannot read (a body over the limit, a broken chunk) gets its own status (413, 400) rather than a 500, and
/// neither is logged as an error; HEAD is answered like GET (without the body) wherever GET is.
/// </summary>
public static class RequestGuards
{
    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        if (HttpMethods.IsTrace(method) || HttpMethods.IsConnect(method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The client's fault, answered with its status and not logged as a failure of the portal.
            context.Response.Clear();
            context.Response.StatusCode = exception.StatusCode;
        }
    });

    /// <summary>Every GET endpoint of <paramref name="builder"/> also answers HEAD (the server sends no body for it).</summary>
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods &&
                methods.HttpMethods.Count == 1 && methods.HttpMethods[0] == HttpMethods.Get)
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
            }
        });
        return builder;
    }
}
