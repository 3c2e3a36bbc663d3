using Steward.Core.SocialValue.Delivery;
using static Steward.Core.Tests.SocialValue.CommittedVsDeliveredTests;

namespace Steward.Core.Tests.SocialValue;

/// <summary>What the store refuses before saving a report or a KPI, each problem naming its field.</summary>
public sealed class DeliveryReportTests
{
    [Fact]
    public void Validate_AGoodReport_HasNoProblems()
    {
        // Act
        var errors = Report(30m).Validate([Hires()], HalfWay);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_APeriodNotYetBegun_IsRefused()
    {
        // Act
        var errors = Report(30m, month: 3).Validate([Hires()], HalfWay);

        // Assert
        var error = Assert.Single(errors);
        Assert.Equal("REPORT_INVALID", error.Code);
        Assert.Equal("periodStart: the period 2026-03-01 to 2026-03-28 has not begun (today is 2026-02-19); report on a period once it has begun", error.Message);
    }

    [Fact]
    public void Validate_AUnitThatDoesNotMatchTheKpi_IsRefused()
    {
        // Act
        var errors = Report(30m, unit: "hours").Validate([Hires()], HalfWay);

        // Assert
        Assert.Equal("unit: \"hours\" does not match the KPI's unit, \"people\"; report in people", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_ManyProblems_ListsEveryOne()
    {
        // Arrange: negative, ending before it starts, for a KPI the contract does not have.
        var report = new DeliveryReport("apprentices", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 15), -3m, "people", ReportStatus.Submitted);

        // Act
        var errors = report.Validate([Hires()], HalfWay);

        // Assert
        Assert.Equal(["periodEnd", "value", "kpiId"], errors.Select(e => e.Message[..e.Message.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Validate_AValueBeyondAnyContract_IsRefused()
    {
        // Act
        var errors = Report(2_000_000_000_000m).Validate([Hires()], HalfWay);

        // Assert
        Assert.Equal("value: 2000000000000 is above the largest allowed value, 1,000,000,000,000", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_AKpi_NamesEachBadField()
    {
        // Arrange
        var kpi = new Kpi("k", " ", "", -1m, KpiDirection.Increase, End, Start) { InForceFrom = new DateOnly(2030, 1, 1) };

        // Act
        var errors = kpi.Validate();

        // Assert
        Assert.Equal(["measure", "unit", "target", "periodEnd", "inForceFrom"], errors.Select(e => e.Message[..e.Message.IndexOf(':', StringComparison.Ordinal)]));
    }
}
