using Steward.Core.Evaluation.Bids;
using Steward.Core.Tenders;

namespace Steward.Data.Bids;

/// <summary>A published Steward tender as bidders see it: the design as last published, its buyer and its deadline.</summary>
public sealed record BiddableTender(string DesignId, string Ocid, string OrganisationId, string BuyerName, TenderDesign Design, DateTimeOffset Deadline)
{
    public BoxState StateAt(DateTimeOffset now, DateTimeOffset? openedAt = null) => TenderBox.State(Deadline, openedAt, now);
}
