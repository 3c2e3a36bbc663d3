using Steward.Core.SocialValue.Delivery;
using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.Tests.SocialValue;

/// <summary>
/// Committed against delivered for one KPI: the edge cases of docs/social-value.md. The KPI period is 1 January to
/// 10 April 2026, 100 days, so 19 February is half-way (50 days).
/// </summary>
public sealed class CommittedVsDeliveredTests
{
    internal static readonly DateOnly Start = new(2026, 1, 1);
    internal static readonly DateOnly End = new(2026, 4, 10);
    internal static readonly DateOnly HalfWay = new(2026, 2, 19);

    internal static Kpi Hires(decimal target = 100m, KpiDirection direction = KpiDirection.Increase, string unit = "people") =>
        new("hires", "Local residents hired", unit, target, direction, Start, End, Goal: "jobs", Place: "E06000023") { Outcome = "fair-work" };

    internal static DeliveryReport Report(decimal value, ReportStatus status = ReportStatus.Verified, int month = 1, string unit = "people") =>
        new("hires", new DateOnly(2026, month, 1), new DateOnly(2026, month, month == 2 ? 19 : 28), value, unit, status);

    [Fact]
    public void Assess_NoReports_GivesNullNotZero()
    {
        // Act
        var figures = CommittedVsDelivered.Assess([Hires()], [], HalfWay);

        // Assert
        Assert.Equal(((decimal?)null, (decimal?)null, (bool?)null, (decimal?)null), (figures.Delivered, figures.Ratio, figures.OnTrack, figures.Pending));
        Assert.Equal((0.5m, 50m, 0), (figures.ElapsedShare, figures.Expected, figures.Reports.Total));
    }

    [Fact]
    public void Assess_VerifiedReports_CountAndOthersDoNot()
    {
        // Arrange: 30 + 25 verified; 10 awaiting verification; 40 rejected and 20 queried count for nothing.
        DeliveryReport[] reports = [Report(30m), Report(25m, month: 2), Report(10m, ReportStatus.Submitted, 2), Report(40m, ReportStatus.Rejected, 2), Report(20m, ReportStatus.Queried)];

        // Act
        var figures = CommittedVsDelivered.Assess([Hires()], reports, HalfWay);

        // Assert: 55 of 100 = 0.55; half-way, 50 expected: on track.
        Assert.Equal((55m, 0.55m, 50m, true, 10m), (figures.Delivered, figures.Ratio, figures.Expected, figures.OnTrack, figures.Pending));
        Assert.Equal(new ReportCounts(1, 2, 1, 1), figures.Reports);
    }

    [Fact]
    public void Assess_OnlyUnverifiedReports_DeliversNothingYet()
    {
        // Act
        var figures = CommittedVsDelivered.Assess([Hires()], [Report(30m, ReportStatus.Submitted), Report(5m, ReportStatus.Rejected)], HalfWay);

        // Assert
        Assert.Equal(((decimal?)null, (bool?)null, 30m), (figures.Delivered, figures.OnTrack, figures.Pending));
    }

    [Fact]
    public void Assess_BehindThePace_IsNotOnTrack()
    {
        // Act: 45 of the 50 expected half-way.
        var figures = CommittedVsDelivered.Assess([Hires()], [Report(45m)], HalfWay);

        // Assert
        Assert.Equal((0.45m, false), (figures.Ratio, figures.OnTrack));
    }

    [Fact]
    public void Assess_AReportInAnotherUnit_IsFlaggedAndNeverSummed()
    {
        // Act
        var figures = CommittedVsDelivered.Assess([Hires()], [Report(30m), Report(400m, month: 2, unit: "hours")], HalfWay);

        // Assert
        Assert.Equal(30m, figures.Delivered);
        var flag = Assert.Single(figures.Flags);
        Assert.Equal(DeliveryFlag.UnitMismatch, flag.Code);
        Assert.Equal("the report for 2026-02-01 to 2026-02-19 is in hours, but version 1 of the KPI is measured in people; not counted", flag.Message);
        Assert.Equal(400m, flag.Report!.Value);
    }

    [Fact]
    public void Assess_AValueNoReportCouldGive_IsFlaggedNotSummed()
    {
        // Act: a negative value and one beyond any contract, as a store that skipped validation might hold them.
        var figures = CommittedVsDelivered.Assess([Hires()], [Report(30m), Report(-5m, month: 2), Report(79_000_000_000_000_000_000_000_000_000m, month: 2)], HalfWay);

        // Assert
        Assert.Equal(30m, figures.Delivered);
        Assert.Equal([DeliveryFlag.ValueOutOfRange, DeliveryFlag.ValueOutOfRange], figures.Flags.Select(f => f.Code));
    }

    [Fact]
    public void Assess_AReportOutsideTheKpisPeriod_IsFlagged()
    {
        // Arrange
        var late = new DeliveryReport("hires", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), 5m, "people", ReportStatus.Verified);

        // Act
        var figures = CommittedVsDelivered.Assess([Hires()], [Report(30m), late], new DateOnly(2026, 5, 1));

        // Assert
        Assert.Equal(30m, figures.Delivered);
        Assert.Equal(DeliveryFlag.OutsidePeriod, Assert.Single(figures.Flags).Code);
    }

    [Fact]
    public void Assess_AReportEndingAfterTheDayAssessed_IsNotYetCounted()
    {
        // Act
        var figures = CommittedVsDelivered.Assess([Hires()], [Report(30m), Report(25m, month: 3)], HalfWay);

        // Assert
        Assert.Equal((30m, 1), (figures.Delivered, figures.Reports.Total));
    }

    [Fact]
    public void Assess_DecreaseKpi_IsOnTrackWhileWithinItsShareOfTheCeiling()
    {
        // Act: a ceiling of 100 tonnes; half-way, 50 may have been used.
        var within = CommittedVsDelivered.Assess([Hires(direction: KpiDirection.Decrease, unit: "tonnes")], [Report(40m, unit: "tonnes")], HalfWay);
        var over = CommittedVsDelivered.Assess([Hires(direction: KpiDirection.Decrease, unit: "tonnes")], [Report(60m, unit: "tonnes")], HalfWay);

        // Assert
        Assert.Equal((40m, 0.4m, true), (within.Delivered, within.Ratio, within.OnTrack));
        Assert.Equal((0.6m, false), (over.Ratio, over.OnTrack));
    }

    [Fact]
    public void Assess_MaintainKpi_IsTheLatestLevelAndOnTrackOnlyIfEveryReportHeldIt()
    {
        // Act: 95% of staff on the real Living Wage in every period.
        var held = CommittedVsDelivered.Assess([Hires(95m, KpiDirection.Maintain, "%")], [Report(96m, unit: "%"), Report(97m, month: 2, unit: "%")], HalfWay);
        var slipped = CommittedVsDelivered.Assess([Hires(95m, KpiDirection.Maintain, "%")], [Report(94m, unit: "%"), Report(97m, month: 2, unit: "%")], HalfWay);

        // Assert: a level, not a sum; expected is the target itself.
        Assert.Equal((97m, 95m, true), (held.Delivered, held.Expected, held.OnTrack));
        Assert.Equal((97m, false), (slipped.Delivered, slipped.OnTrack));
    }

    [Fact]
    public void Assess_KpiChangedMidContract_UsesTheVersionInForceForEachPeriodAndKeepsHistory()
    {
        // Arrange: 100 hires agreed; cut to 80 from 20 February. 30 reported in January (version 1), 20 in March (version 2).
        var first = Hires();
        var second = Hires(80m) with { Version = 2, InForceFrom = new DateOnly(2026, 2, 20) };
        DeliveryReport[] reports = [Report(30m), Report(20m, month: 3)];

        // Act
        var before = CommittedVsDelivered.Assess([first, second], reports, HalfWay);
        var after = CommittedVsDelivered.Assess([first, second], reports, End);

        // Assert: before the change the figures use version 1; after it, version 2's target, the history kept.
        Assert.Equal((1, 100m, 30m), (before.Kpi.Version, before.Kpi.Target, before.Delivered));
        Assert.Equal((2, 80m, 50m, 0.625m), (after.Kpi.Version, after.Kpi.Target, after.Delivered, after.Ratio));
        Assert.Equal([(1, (decimal?)30m, 1), (2, (decimal?)20m, 1)], after.History.Select(h => (h.Version.Version, h.Delivered, h.Counted)));
    }

    [Fact]
    public void Assess_KpiUnitChangedMidContract_KeepsTheOldReportsInTheirVersionOnly()
    {
        // Arrange: counted in people until 20 February, in FTE after.
        var first = Hires();
        var second = Hires(60m, unit: "FTE") with { Version = 2, InForceFrom = new DateOnly(2026, 2, 20) };
        DeliveryReport[] reports = [Report(30m), Report(12m, month: 3, unit: "FTE"), Report(9m, month: 3)];

        // Act
        var figures = CommittedVsDelivered.Assess([first, second], reports, End);

        // Assert: 12 FTE today; 30 people stay in version 1; 9 people after the change are in the wrong unit.
        Assert.Equal(12m, figures.Delivered);
        Assert.Equal((decimal?)30m, figures.History[0].Delivered);
        Assert.Equal([DeliveryFlag.UnitMismatch, DeliveryFlag.UnitChanged], figures.Flags.Select(f => f.Code));
    }

    [Fact]
    public void Assess_MaintainKpiWithARaisedTarget_JudgesEachReportByItsOwnVersion()
    {
        // Arrange: 90% until 20 February, 95% after; 92% in January met the target then.
        var first = Hires(90m, KpiDirection.Maintain, "%");
        var second = Hires(95m, KpiDirection.Maintain, "%") with { Version = 2, InForceFrom = new DateOnly(2026, 2, 20) };

        // Act
        var figures = CommittedVsDelivered.Assess([first, second], [Report(92m, unit: "%"), Report(96m, month: 3, unit: "%")], End);

        // Assert
        Assert.Equal((96m, true), (figures.Delivered, figures.OnTrack));
    }

    [Fact]
    public void Assess_WithAProxyInTheSameUnit_ValuesOnlyWhatWasVerified()
    {
        // Arrange
        var proxy = new ProxyValue("hire", "A local resident hired", "people", 1500m, "GBP", 2024, "Test", "CC0");

        // Act
        var valued = CommittedVsDelivered.Assess([Hires()], [Report(30m), Report(25m, month: 2), Report(10m, ReportStatus.Submitted, 2)], HalfWay, proxy);
        var noProxy = CommittedVsDelivered.Assess([Hires()], [Report(30m)], HalfWay);
        var otherUnit = CommittedVsDelivered.Assess([Hires()], [Report(30m)], HalfWay, proxy with { Unit = "FTE" });
        var ceiling = CommittedVsDelivered.Assess([Hires(direction: KpiDirection.Decrease)], [Report(30m)], HalfWay, proxy);

        // Assert: 55 × £1,500 = £82,500; the rest stay counts, with the reason.
        Assert.Equal((82500m, 2024), (valued.Value!.Value, valued.Value.PriceYear));
        Assert.Equal((null, "no proxy value: stays a count (30 people)"), (noProxy.Value, noProxy.Unvalued));
        Assert.Null(otherUnit.Value);
        Assert.StartsWith("the proxy \"hire\" values one FTE, not one people", otherUnit.Unvalued, StringComparison.Ordinal);
        Assert.Null(ceiling.Value);
    }

    [Theory]
    [InlineData(2025, 12, 31, 0.0)]
    [InlineData(2026, 1, 1, 0.01)]
    [InlineData(2026, 2, 19, 0.5)]
    [InlineData(2026, 4, 10, 1.0)]
    [InlineData(2027, 1, 1, 1.0)]
    public void Elapsed_CountsDaysToTheEndOfTheDayAssessed(int year, int month, int day, double expected)
    {
        // Act
        var elapsed = CommittedVsDelivered.Elapsed(Hires(), new DateOnly(year, month, day));

        // Assert
        Assert.Equal((decimal)expected, elapsed);
    }

    [Fact]
    public void Assess_VersionsOfDifferentKpis_IsACallersBug()
    {
        // Act and Assert
        Assert.Throws<ArgumentException>(() => CommittedVsDelivered.Assess([Hires(), Hires() with { Id = "other", InForceFrom = HalfWay }], [], HalfWay));
    }
}
