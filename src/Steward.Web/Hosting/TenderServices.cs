using Microsoft.Extensions.Options;
using Steward.Data.Tenders;
using Steward.Web.Commissioning;
using Steward.Web.Register;

namespace Steward.Web.Hosting;

/// <summary>Registers tender design: buyers' goals and designs over the portal's store, with the configured models and register rules.</summary>
public static class TenderServices
{
    public static IServiceCollection AddStewardTenders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TenderOptions>().Bind(configuration.GetSection(TenderOptions.Section)).ValidateDataAnnotations()
            .Validate(o => SocialValueModelsFile.Read(o.SocialValueModels).Error is null, "Steward:Tenders:SocialValueModels: the file cannot be read as Social Value Model reference data (docs/tenders.md)")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TenderOptions>>().Value;
            var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
            var models = SocialValueModelsFile.Read(options.SocialValueModels);
            return new TenderDesignOptions
            {
                OcidPrefix = options.OcidPrefix,
                Publisher = options.Publisher,
                Models = models.Models ?? throw new InvalidOperationException(models.Error),
                Rules = SupplierRulesFile.Read(portal.SupplierRules).Rules ?? Core.Suppliers.ClassificationRules.Default,
            };
        });
        services.AddSingleton(provider => new TenderDesigns(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<TenderDesignOptions>()));
        services.AddSingleton(provider => new BuyerGoals(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<TenderDesignOptions>().Models));
        return services;
    }
}
