using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Portal;

namespace Steward.Web.Api;

public sealed record StoreResponse(long Releases, long Processes, long Organisations, long Buyers, long Notices, bool Synthetic,
    DateTime? FirstPublished, DateTime? LastPublished)
{
    public static StoreResponse From(StoreOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return new(overview.Releases, overview.Processes, overview.Organisations, overview.Buyers, overview.Notices, overview.IsSynthetic,
            overview.FirstPublished, overview.LastPublished);
    }
}

public sealed record ProcessResponse(ProcessDetails Details, ProcessView Facts, IReadOnlyList<RedFlag> Flags);

public sealed record BuyerResponse(BuyerFigures Figures, IReadOnlyList<BuyerYear> Years, IReadOnlyList<BuyerMarketSpend> Markets, IReadOnlyList<RedFlag> Flags);

public sealed record SupplierResponse(OrganisationDetails Organisation, SupplierFigures? Figures, IReadOnlyList<RedFlag> Flags);
