namespace Steward.Web.Hosting;

/// <summary>
/// While the store cannot be reached, pages answer 503 with a plain page and the API with problem details, with
/// <c>Retry-After</c>; static files are still served. docs/portal.md promises this.
/// </summary>
public static class StoreGate
{
    public static IApplicationBuilder UseStoreGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var availability = context.RequestServices.GetRequiredService<StoreAvailability>();
        if (!availability.Check())
        {
            await Unavailable(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (StoreAvailability.IsUnreachable(exception) && !context.Response.HasStarted)
        {
            availability.Lost();
            await Unavailable(context).ConfigureAwait(false);
        }
    });

    private static async Task Unavailable(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)StoreAvailability.RetryInterval.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await PlainAnswers.WriteAsync(context, "Sorry, the service is unavailable",
            "The portal cannot reach its database at the moment. Please try again in a few minutes.").ConfigureAwait(false);
    }
}
