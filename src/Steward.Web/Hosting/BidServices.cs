using Microsoft.Extensions.Options;
using Steward.Core.Evaluation.Standstill;
using Steward.Data;
using Steward.Data.Bids;
using Steward.Data.Tenders;

namespace Steward.Web.Hosting;

/// <summary>Registers the sealed tender box and evaluation over the portal's store, with the key ring outside the database.</summary>
public static class BidServices
{
    public static IServiceCollection AddStewardBids(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BidSettings>().Bind(configuration.GetSection(BidSettings.Section))
            .Validate(s => UkCalendars.Parse(s.Calendar).IsSuccess, $"Steward:Bids:Calendar must be one of {UkCalendars.NameList}")
            .Validate(s => s.MaxFileMegabytes is > 0 and <= 100, "Steward:Bids:MaxFileMegabytes must be from 1 to 100")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<BidSettings>>().Value;
            var target = provider.GetRequiredService<PortalStore>().Target;
            var folder = settings.KeyRing is { Length: > 0 } configured ? configured
                : target.Provider == DatabaseProvider.Sqlite ? target.Display + ".keyring" : null;
            return new BidOptions
            {
                KeyRing = folder is null ? null : new KeyRing(folder, provider.GetRequiredService<TimeProvider>()),
                MaxFileBytes = settings.MaxFileMegabytes * 1024L * 1024L,
            };
        });
        services.AddSingleton(provider => new TenderBoxes(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<BidOptions>()));
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<BidSettings>>().Value;
            return new Evaluations(provider.GetRequiredService<PortalStore>().Target, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<TenderBoxes>(), new EvaluationOptions
            {
                Publisher = provider.GetRequiredService<TenderDesignOptions>().Publisher,
                Calendar = UkCalendars.Parse(settings.Calendar).Value,
                Rules = provider.GetRequiredService<TenderDesignOptions>().Rules,
            });
        });
        return services;
    }
}
