namespace Steward.Core.Analytics.Flags;

/// <summary>R003 (Cardinal): the submission period, in whole days from tender start to deadline, is shorter than the setting (15).</summary>
public sealed class R003ShortSubmissionPeriod(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "R003";

    public override string Name => "Short submission period";

    protected override string Rule =>
        $"tenderPeriod.endDate − startDate in whole days < {Settings.R003Days} (per procurementMethodDetails where configured); OCDS Cardinal R003";

    public override void Observe(ProcessView process)
    {
        Eligible++;
        if (process.TenderStart is not { } start || process.TenderEnd is not { } end)
        {
            return;
        }

        WithData++;
        var days = (int)(end - start).TotalDays;
        var minimum = process.ProcurementMethodDetails is { } details && Settings.R003DaysByMethodDetails.TryGetValue(details, out var own)
            ? own
            : Settings.R003Days;
        if (days < minimum)
        {
            Raise("process", process.Ocid, BuyerOf(process), null, days,
                $"submission period of {days} days ({start:yyyy-MM-dd} to {end:yyyy-MM-dd}) is shorter than {minimum} days");
        }
    }
}
