namespace Steward.Core.Analytics.Flags;

/// <summary>
/// UK1: an above-threshold Procurement Act 2023 open or competitive flexible procedure whose tendering period is
/// shorter than the Act's minimum (PA 2023 s.54(4): 25 days with electronic tendering and all documents provided,
/// 10 days after a qualifying planned procurement notice, s.18). Light-touch contracts have no minimum
/// (s.54(3)); Steward cannot yet tell them apart, so a flag on one is a false alarm to dismiss.
/// </summary>
public sealed class Uk1ShortTenderPeriod(FlagSettings settings) : Indicator(settings)
{
    public override string Code => "UK1";

    public override string Name => "Tender period shorter than the Procurement Act 2023 minimum";

    protected override string Rule =>
        $"legal basis UKPGA 2023/54, procurementMethod open or selective, aboveThreshold true: tenderPeriod in whole days < {Settings.UkMinimumTenderDays} " +
        $"({Settings.UkMinimumTenderDaysAfterPlannedNotice} when a UK3 planned procurement notice was published); PA 2023 s.54(4)";

    public override void Observe(ProcessView process)
    {
        var kind = ProcedureKinds.Of(process.ProcurementMethod);
        if (process.LegalBasis?.Contains("2023/54", StringComparison.Ordinal) != true || kind is not (ProcedureKinds.Open or ProcedureKinds.Selective))
        {
            return;
        }

        Eligible++;
        if (process.AboveThreshold != true || process.TenderStart is not { } start || process.TenderEnd is not { } end)
        {
            return;
        }

        WithData++;
        var planned = process.Notices.Any(n => n.NoticeType == "UK3");
        var minimum = planned ? Settings.UkMinimumTenderDaysAfterPlannedNotice : Settings.UkMinimumTenderDays;
        var days = (int)(end - start).TotalDays;
        if (days < minimum)
        {
            Raise("process", process.Ocid, BuyerOf(process), null, days,
                $"tendering period of {days} days ({start:yyyy-MM-dd} to {end:yyyy-MM-dd}) is shorter than the {minimum}-day minimum for an above-threshold {(kind == ProcedureKinds.Open ? "open" : "competitive flexible")} procedure{(planned ? " after a planned procurement notice" : string.Empty)} (PA 2023 s.54(4))");
        }
    }
}
