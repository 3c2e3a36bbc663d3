namespace Steward.Core.Tenders;

/// <summary>The tender period: in order, not already over, and at least the s.54 minimum for a covered procurement.</summary>
public static partial class DesignChecker
{
    private static void Timetable(TenderDesign design, DesignCheckSettings settings, List<DesignFinding> findings)
    {
        if (design.TenderEnd is not { } end)
        {
            return;
        }

        if (end < settings.Today)
        {
            Error(findings, "DEADLINE_PASSED", "tenderPeriod.endDate", $"The deadline {end:yyyy-MM-dd} is before today ({settings.Today:yyyy-MM-dd}).", TenderPeriodRules.Reference);
        }

        if (design.TenderStart is not { } start)
        {
            return;
        }

        if (end <= start)
        {
            Error(findings, "TENDER_PERIOD_ORDER", "tenderPeriod.endDate", $"The deadline {end:yyyy-MM-dd} is not after the tender period's start {start:yyyy-MM-dd}.", TenderPeriodRules.Reference);
            return;
        }

        if (design.ContractType == ContractType.LightTouch || design.Procedure is not (Procedure.Open or Procedure.CompetitiveFlexible)
            || AboveThreshold(design, design.Value, settings) != true)
        {
            return;
        }

        var rules = settings.TenderPeriods;
        var (minimum, why) = design.Urgent ? (rules.UrgencyDays, "in a state of urgency")
            : design.PlannedProcurementNotice ? (rules.PlannedNoticeDays, "after a qualifying planned procurement notice")
            : design.DocumentsWithNotice ? (rules.ElectronicWithDocumentsDays, "with electronic tenders and every document provided with the notice")
            : (rules.OtherwiseDays, "when tender documents are not all provided with the notice or tenders are not submitted electronically");
        var days = end.DayNumber - start.DayNumber;
        if (days < minimum)
        {
            Error(findings, "TENDER_PERIOD_SHORT", "tenderPeriod.endDate",
                $"The tender period {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is {days} days; a covered procurement needs at least {minimum} days {why} ({TenderPeriodRules.Reference}). The earliest deadline is {start.AddDays(minimum):yyyy-MM-dd}.",
                TenderPeriodRules.Reference);
        }
    }
}
