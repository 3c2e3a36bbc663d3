namespace Steward.Web.Tests;

/// <summary>Starts a portal on a real Kestrel server on a free loopback port.</summary>
internal static class PortalListener
{
    /// <summary>The address the portal listens on.</summary>
    public static Uri Listen(PortalFactory portal)
    {
        portal.UseKestrel(0);
        portal.StartServer();
        var addresses = portal.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }
}
