namespace Steward.Core.Analytics.Buyers;

/// <summary>The buyer report as one row per buyer; nested figures become prefixed columns (docs/indicators.md).</summary>
public static class BuyerTable
{
    private static readonly string[] ReservationKinds = ["shelteredWorkshop", "publicServiceMissionOrganization", "smeVcse"];

    public static ReportTable From(IReadOnlyList<BuyerFigures> buyers)
    {
        ArgumentNullException.ThrowIfNull(buyers);
        var columns = new List<string>
        {
            "buyerId", "buyerName", "organisationId", "buyerType", "buyerTypePublished", "region", "processes", "awards", "awardValue", "smeValue",
            "vcseValue", "unknownScaleValue", "smeShare", "vcseShare", "frameworkProcesses", "frameworkAwards", "frameworkCeiling",
        };
        columns.AddRange(ProcedureKinds.All.SelectMany(k => new[] { $"{k}Processes", $"{k}Value" }));
        columns.AddRange(["directAwardShare", "competedLots", "bidsPerCompetedLot", "singleBidShare", "reservedLots", "reservedLotValue"]);
        columns.AddRange(ReservationKinds.Select(k => $"reserved_{k}"));
        columns.AddRange(["socialValueProcessesWithCriteria", "socialValueProcesses", "socialValueShare", "socialValueMedianWeight",
            "socialValueWeightsRead", "medianDaysToAward", "registerShare", "coverageProcessesWithMethod", "coverageAwardsValued",
            "coverageAwardsWithSuppliers", "coverageLotsWithBidCounts", "coverageAwardsWithDaysToAward", "peerType", "peerTypeCount"]);
        columns.AddRange(PeerComparison.Metrics.Select(m => $"{m.Name}PercentileByType"));
        columns.AddRange(["peerTypeRegion", "peerTypeRegionCount"]);
        columns.AddRange(PeerComparison.Metrics.Select(m => $"{m.Name}PercentileByTypeRegion"));
        return new ReportTable("buyers", columns, buyers.Select(Row));
    }

    private static List<object?> Row(BuyerFigures b)
    {
        var row = new List<object?>
        {
            b.BuyerId, b.BuyerName, b.OrganisationId, b.BuyerType, b.BuyerTypePublished, b.Region, b.Processes, b.Awards, b.AwardValue, b.SmeValue,
            b.VcseValue, b.UnknownScaleValue, b.SmeShare, b.VcseShare, b.Frameworks.Processes, b.Frameworks.Awards, b.Frameworks.Ceiling,
        };
        foreach (var kind in ProcedureKinds.All)
        {
            var mix = b.ProcedureMix.GetValueOrDefault(kind);
            row.Add(mix?.Processes ?? 0);
            row.Add(mix?.Value ?? 0);
        }

        row.AddRange([b.DirectAwardShare, b.CompetedLots, b.BidsPerCompetedLot, b.SingleBidShare, b.ReservedLots.Count, b.ReservedLots.Value]);
        row.AddRange(ReservationKinds.Select(k => (object?)b.ReservedLots.Kinds.GetValueOrDefault(k)));
        row.AddRange([b.SocialValue.ProcessesWithCriteria, b.SocialValue.ProcessesWeightingIt, b.SocialValue.Share, b.SocialValue.MedianWeight,
            b.SocialValue.WeightsRead, b.MedianDaysToAward, b.RegisterShare, b.Coverage.ProcessesWithMethod, b.Coverage.AwardsValued,
            b.Coverage.AwardsWithSuppliers, b.Coverage.LotsWithBidCounts, b.Coverage.AwardsWithDaysToAward]);
        AddStanding(row, b.Peers?.ByType);
        AddStanding(row, b.Peers?.ByTypeAndRegion);
        return row;
    }

    private static void AddStanding(List<object?> row, PeerGroupStanding? standing)
    {
        row.Add(standing?.Group);
        row.Add(standing?.Peers);
        row.AddRange(PeerComparison.Metrics.Select(m => (object?)standing?.Percentiles.GetValueOrDefault(m.Name)));
    }
}
