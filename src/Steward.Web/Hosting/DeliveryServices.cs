using Steward.Data.Delivery;
using Steward.Data.Tenders;

namespace Steward.Web.Hosting;

/// <summary>Registers social value delivery (docs/social-value.md) over the portal's store, publishing under the tenders' publisher name.</summary>
public static class DeliveryServices
{
    public static IServiceCollection AddStewardDelivery(this IServiceCollection services)
    {
        services.AddSingleton(provider => new ContractDeliveries(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>(),
            new DeliveryOptions { Publisher = provider.GetRequiredService<TenderDesignOptions>().Publisher }));
        return services;
    }
}
