using Steward.Web.Hosting;

namespace Steward.Web.Api;

/// <summary>
/// The address of a request as the public knows it: the configured <see cref="PortalOptions.PublicUrl"/> with the
/// request's path and query. The Host header is the client's to choose, so it never goes into what the portal
/// publishes (an OCDS package's <c>uri</c>).
/// </summary>
public static class PublicAddress
{
    public static Uri Of(PortalOptions options, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{options.PublicUrl.TrimEnd('/')}{request.Path}{request.QueryString}");
    }
}
