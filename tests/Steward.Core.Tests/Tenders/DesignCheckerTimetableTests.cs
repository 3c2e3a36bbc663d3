using System.Text.Json.Nodes;
using static Steward.Core.Tests.Tenders.DesignFixture;

namespace Steward.Core.Tests.Tenders;

/// <summary>The s.54 tender period and the reservations the law allows (s.32, s.33, smeVcse).</summary>
public sealed class DesignCheckerTimetableTests
{
    private static Action<JsonObject> Period(string start, string end) => d => d["tenderPeriod"] = new JsonObject { ["startDate"] = start, ["endDate"] = end };

    [Theory]
    [InlineData("2026-12-07", "2027-01-01", true, false)]
    [InlineData("2026-12-07", "2026-12-31", true, true)]
    [InlineData("2026-12-07", "2027-01-05", false, true)]
    [InlineData("2026-12-07", "2027-01-06", false, false)]
    public void Check_ATenderPeriodUnderTheS54Minimum_IsAnError(string start, string end, bool documentsWithNotice, bool refused)
    {
        // Act: 25 days with electronic tenders and documents with the notice, else 30.
        var findings = Check(d =>
        {
            Period(start, end)(d);
            d["documentsWithNotice"] = documentsWithNotice;
        });

        // Assert
        var finding = findings.SingleOrDefault(f => f.Code == "TENDER_PERIOD_SHORT");
        Assert.Equal(refused, finding is not null);
        Assert.True(finding is null || (finding.Reference == "PA 2023 s.54(4)" && finding.Path == "tenderPeriod.endDate"));
    }

    [Fact]
    public void Check_LightTouchServices_HaveNoMinimumPeriod() =>
        Assert.DoesNotContain("TENDER_PERIOD_SHORT", Codes(Check(d =>
        {
            Period("2026-12-07", "2026-12-14")(d);
            d["contractType"] = "lightTouch";
        })));

    [Fact]
    public void Check_ADeadlineInThePast_IsAnError()
    {
        // Act
        var findings = Check(Period("2026-10-01", "2026-11-30"));

        // Assert
        Assert.Contains(findings, f => f.Code == "DEADLINE_PASSED" && f.Message.Contains("2026-11-30", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ADeadlineBeforeTheStart_IsAnError() =>
        Assert.Contains("TENDER_PERIOD_ORDER", Codes(Check(Period("2027-01-20", "2027-01-10"))));

    [Fact]
    public void Check_AnS33ReservationInTheOpenProcedure_IsAnError()
    {
        // Act
        var findings = Check(d => d["procedure"] = "open");

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal(("RESERVATION_PROCEDURE", "PA 2023 s.33(2)", "lots[1].reservedParticipation"), (finding.Code, finding.Reference, finding.Path));
    }

    [Fact]
    public void Check_AnS33TermOfFiveYearsAndADay_IsAnError()
    {
        // Act
        var finding = Assert.Single(Check(d => Lot(d, 1)["contractPeriod"]!["endDate"] = "2032-04-01"));

        // Assert
        Assert.Equal(("RESERVATION_NOT_ALLOWED", "PA 2023 s.33(1)(b)"), (finding.Code, finding.Reference));
        Assert.Contains("1 day(s) too long", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnS33ReservationForWorks_IsAnError()
    {
        // Act
        var finding = Assert.Single(Check(d => Lot(d, 1)["cpv"] = "45000000"));

        // Assert
        Assert.Equal(("RESERVATION_NOT_ALLOWED", "PA 2023 s.33(1)(a)"), (finding.Code, finding.Reference));
    }

    [Fact]
    public void Check_AnS33ReservationWithNoTerm_CannotBeChecked() =>
        Assert.Equal(["RESERVATION_UNCHECKED"], Codes(Check(d => Lot(d, 1).Remove("contractPeriod"))));

    [Theory]
    [InlineData(1_500_000, true)]
    [InlineData(150_000, false)]
    public void Check_AnSmeVcseReservation_IsOnlyForBelowThresholdLots(int value, bool refused)
    {
        // Act
        var findings = Check(d =>
        {
            Lot(d, 1)["reservedParticipation"] = "smeVcse";
            Lot(d, 1)["value"] = value;
        });

        // Assert
        Assert.Equal(refused, findings.Any(f => f.Code == "RESERVATION_NOT_ALLOWED"));
    }

    [Fact]
    public void Check_AnS32Reservation_IsAllowedForAnyService() =>
        Assert.Empty(Check(d =>
        {
            Lot(d, 1)["reservedParticipation"] = "shelteredWorkshop";
            Lot(d, 1)["cpv"] = "45000000";
        }));
}
