namespace Steward.Core.Analytics.Flags;

/// <summary>
/// R018 (Cardinal): a competitive procedure received one bid. Cardinal reads <c>tender.numberOfTenderers</c>;
/// Steward also reads, for a single-lot process without it, the <c>bids</c> bid statistic that Find a Tender
/// publishes instead.
/// </summary>
public sealed class R018SingleBid(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "R018";

    public override string Name => "Single bid received";

    protected override string Rule =>
        $"procurementMethod in {string.Join('|', Settings.R018Methods)} and tender.numberOfTenderers (else the single lot's 'bids' statistic) = 1; OCDS Cardinal R018";

    public override void Observe(ProcessView process)
    {
        if (!Settings.R018Methods.Contains(ProcedureKinds.Of(process.ProcurementMethod), StringComparer.Ordinal))
        {
            return;
        }

        Eligible++;
        var tenderers = process.NumberOfTenderers;
        var source = "tender.numberOfTenderers";
        if (tenderers is null && process.Lots.Count <= 1 &&
            process.BidStatistics.FirstOrDefault(s => s.Measure == "bids" && s.Value is >= 0) is { } statistic)
        {
            tenderers = (int)statistic.Value!.Value;
            source = "the 'bids' statistic";
        }

        if (tenderers is null)
        {
            return;
        }

        WithData++;
        if (tenderers == 1)
        {
            Raise("process", process.Ocid, BuyerOf(process), null, 1, $"{process.ProcurementMethod} procedure received a single bid ({source} = 1)");
        }
    }
}
