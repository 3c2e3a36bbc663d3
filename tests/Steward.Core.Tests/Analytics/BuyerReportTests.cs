using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using static Steward.Core.Tests.Analytics.Views;

namespace Steward.Core.Tests.Analytics;

public class BuyerReportTests
{
    [Fact]
    public void RegisterShare_CountsVerifiedSuppliersShareOfEachAward_AndIsNullWithoutARegister()
    {
        // Arrange: 900 split between a verified social enterprise and a large firm (450 each), and 100 to the large firm alone.
        var process = Process("p1", awards: [Award("a1", 900, Supplier("se", "sme"), Supplier("big", "large")), Award("a2", 100, Supplier("big", "large"))]);
        var settings = AnalyticsSettings.Default with { VerifiedMissionSuppliers = new HashSet<string>(StringComparer.Ordinal) { "se" } };

        // Act
        var withRegister = Assert.Single(BuyerReport.Compute([process], ReportWindow.All, settings).Buyers);
        var without = Assert.Single(BuyerReport.Compute([process], ReportWindow.All).Buyers);
        var emptyRegister = Assert.Single(BuyerReport.Compute([process], ReportWindow.All, AnalyticsSettings.Default with { VerifiedMissionSuppliers = new HashSet<string>() }).Buyers);

        // Assert
        Assert.Equal(0.45, withRegister.RegisterShare);
        Assert.Null(without.RegisterShare);
        Assert.Equal(0, emptyRegister.RegisterShare);
    }

    [Fact]
    public void Figures_follow_the_definitions()
    {
        // p1 open, one lot with 3 bids: awards of 900 (an SME and a large firm: 450 each) and 0.5 (a placeholder, not a value).
        // p2 direct: an award of 100 to a VCSE of unknown scale, a pending award of 5,000 (not counted) and one in euros (counted, no value).
        var p1 = Process("p1", awards: [Award("a1", 900, Supplier("sme", "sme"), Supplier("big", "large")), Award("a2", 0.5, Supplier("sme", "sme"))],
            lots: [new LotView("1", null, 1000, "GBP", ["smeVcse"])]);
        p1 = p1 with { BidStatistics = [new BidStatisticView("bids", 3, "1")], TenderEnd = Day.AddDays(20) };
        var p2 = Process("p2", method: "direct", awards:
        [
            Award("b1", 100, Supplier("charity", null, true)),
            Award("b2", 5000, Supplier("big", "large")) with { Status = "pending" },
            Award("b3", 700, Supplier("big", "large")) with { Currency = "EUR" },
        ]);
        var result = BuyerReport.Compute([p1, p2], ReportWindow.All);
        var buyer = Assert.Single(result.Buyers);
        Assert.Equal("buyer-1", buyer.BuyerId);
        Assert.Equal(2, buyer.Processes);
        Assert.Equal(4, buyer.Awards);
        Assert.Equal(1000, buyer.AwardValue);
        Assert.Equal(450, buyer.SmeValue);
        Assert.Equal(100, buyer.VcseValue);
        Assert.Equal(100, buyer.UnknownScaleValue);
        Assert.Equal(0.45, buyer.SmeShare);
        Assert.Equal(new ProcedureFigures(1, 900), buyer.ProcedureMix["open"]);
        Assert.Equal(new ProcedureFigures(1, 100), buyer.ProcedureMix["direct"]);
        Assert.Equal(0.5, buyer.DirectAwardShare);
        Assert.Equal(1, buyer.CompetedLots);
        Assert.Equal(3, buyer.BidsPerCompetedLot);
        Assert.Equal(0, buyer.SingleBidShare);
        Assert.Equal(1, buyer.ReservedLots.Count);
        Assert.Equal(1000, buyer.ReservedLots.Value);
        Assert.Equal(1, buyer.ReservedLots.Kinds["smeVcse"]);
        Assert.Equal(10, buyer.MedianDaysToAward);
        Assert.Equal(2, buyer.Coverage.AwardsValued);
        Assert.Null(buyer.RegisterShare);
    }

    [Fact]
    public void ProcedureMixAndReservedKinds_KeepTheirOrder_WithKindsOutsideTheCodelistAfterTheKnownOnes()
    {
        // Arrange: a method outside the codelist (counted as unknown), and reservations of a kind no codelist names,
        // seen before a known one; the stored figures' JSON keeps these dictionaries' order.
        var p1 = Process("p1", method: "Restricted", awards: [Award("a1", 300)], lots:
            [new LotView("1", null, 10, "GBP", ["localOnly", "smeVcse"]), new LotView("2", null, 20, "GBP", ["localOnly"])]);
        var p2 = Process("p2", method: "limited", awards: [Award("b1", 50)]);

        // Act
        var buyer = Assert.Single(BuyerReport.Compute([p1, p2], ReportWindow.All).Buyers);

        // Assert
        Assert.Equal(ProcedureKinds.All, buyer.ProcedureMix.Keys);
        Assert.Equal(new ProcedureFigures(1, 300), buyer.ProcedureMix[ProcedureKinds.Unknown]);
        Assert.Equal(new ProcedureFigures(1, 50), buyer.ProcedureMix[ProcedureKinds.Limited]);
        Assert.Equal(new ProcedureFigures(0, 0), buyer.ProcedureMix[ProcedureKinds.Open]);
        Assert.Equal(["shelteredWorkshop", "publicServiceMissionOrganization", "smeVcse", "localOnly"], buyer.ReservedLots.Kinds.Keys);
        Assert.Equal([0, 0, 1, 2], buyer.ReservedLots.Kinds.Values);
        Assert.Equal((2, 30.0), (buyer.ReservedLots.Count, buyer.ReservedLots.Value));
    }

    [Fact]
    public void Missing_data_gives_null_figures_not_zero()
    {
        var result = BuyerReport.Compute([Process("p1", method: null, lots: [])], ReportWindow.All);
        var buyer = Assert.Single(result.Buyers);
        Assert.Null(buyer.SmeShare);
        Assert.Null(buyer.DirectAwardShare);
        Assert.Null(buyer.BidsPerCompetedLot);
        Assert.Null(buyer.SingleBidShare);
        Assert.Null(buyer.SocialValue.Share);
        Assert.Null(buyer.MedianDaysToAward);
        Assert.Equal(0, buyer.Coverage.ProcessesWithMethod);
    }

    [Fact]
    public void The_window_counts_processes_by_first_publication_and_awards_by_their_date()
    {
        // Published in 2025, awarded in 2026: in a 2026 window the award counts and the process does not.
        var process = Process("p1", awards: [Award("a1", 500) with { Date = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc) }],
            published: new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        var window = new ReportWindow(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), null);
        var buyer = Assert.Single(BuyerReport.Compute([process], window).Buyers);
        Assert.Equal(0, buyer.Processes);
        Assert.Equal(1, buyer.Awards);
        Assert.Equal(500, buyer.AwardValue);
        Assert.Empty(BuyerReport.Compute([process], new ReportWindow(null, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc))).Buyers);
    }

    [Fact]
    public void Buyers_are_keyed_by_their_organisation_never_by_the_published_party_id_or_name()
    {
        // Two publishers both call their buyer "1": the organisations they resolve to tell them apart.
        var plymouth = Process("p1", buyer: "name:plymouth city council") with { BuyerPartyId = "1", BuyerName = "Plymouth City Council" };
        var thanet = Process("p2", buyer: "name:thanet district council") with { BuyerPartyId = "1", BuyerName = "Thanet District Council" };
        var unresolved = new ProcessView { Ocid = "p3", BuyerPartyId = "1", BuyerName = "No organisation", FirstPublished = Day };
        var result = BuyerReport.Compute([plymouth, thanet, unresolved], ReportWindow.All);
        Assert.Equal(["name:plymouth city council", "name:thanet district council"], result.Buyers.Select(b => b.BuyerId));
        Assert.Equal(1, result.Coverage.ProcessesWithoutBuyer);
    }

    [Fact]
    public void Peers_need_at_least_five_buyers_of_the_type_with_enough_processes()
    {
        // Five councils with 5, 6, 7, 8 and 9 processes, one with 1 (too few to be a peer); two NHS bodies (too few a group).
        var processes = new List<ProcessView>();
        foreach (var (buyer, kind, count) in new[]
                 {
                     ("c1", "localAuthority", 5), ("c2", "localAuthority", 6), ("c3", "localAuthority", 7), ("c4", "localAuthority", 8),
                     ("c5", "localAuthority", 9), ("c6", "localAuthority", 1), ("n1", "nhsBody", 5), ("n2", "nhsBody", 6),
                 })
        {
            for (var i = 0; i < count; i++)
            {
                processes.Add(new ProcessView
                {
                    Ocid = $"{buyer}-{i}",
                    BuyerId = buyer,
                    BuyerKind = kind,
                    BuyerRegion = buyer == "c5" ? "UKM" : "UKL16",
                    FirstPublished = Day,
                });
            }
        }

        var buyers = BuyerReport.Compute(processes, ReportWindow.All).Buyers.ToDictionary(b => b.BuyerId);
        var c3 = buyers["c3"].Peers!.ByType!;
        Assert.Equal(("localAuthority", 5), (c3.Group, c3.Peers));
        Assert.Equal(50, c3.Percentiles["processes"]);
        Assert.Equal(0, buyers["c6"].Peers!.ByType!.Percentiles["processes"]);
        Assert.Null(buyers["c3"].Peers!.ByType!.Percentiles["smeShare"]);
        Assert.Null(buyers["c3"].Peers!.ByTypeAndRegion);
        Assert.Null(buyers["n1"].Peers!.ByType);
    }

    [Fact]
    public void A_framework_ceiling_is_reported_once_apart_from_the_value_awarded()
    {
        // A dynamic market whose award to 73 members repeats its £470m ceiling, beside a £1m call-off and a £2m contract.
        var members = Enumerable.Range(1, 73).Select(i => Supplier($"s{i}", "sme")).ToArray();
        var dps = Process("dps", awards: [Award("a", 470_184_791, members)]) with { Arrangement = "dynamicMarket" };
        var callOff = Process("call", awards: [Award("b", 1_000_000, Supplier("s1", "sme"))]) with { Arrangement = "framework", CallOff = true };
        var contract = Process("contract", awards: [Award("c", 2_000_000, Supplier("big", "large"))]);

        var buyer = Assert.Single(BuyerReport.Compute([dps, callOff, contract], ReportWindow.All).Buyers);

        Assert.Equal((2, 3_000_000d, 1_000_000d), (buyer.Awards, buyer.AwardValue!.Value, buyer.SmeValue!.Value));
        Assert.Equal(new FrameworkFigures(1, 1, 470_184_791), buyer.Frameworks);
    }

    [Fact]
    public void Duplicates_and_processes_published_outside_the_UK_are_left_out_and_counted()
    {
        var original = Process("p1", awards: [Award("a", 100)]);
        var copy = Process("p2", awards: [Award("a", 100)]) with { DuplicateOf = "p1" };
        var foreign = Process("p3", buyer: "abroad", awards: [Award("a", 100)]) with { OutsideUk = true };

        var uk = BuyerReport.Compute([original, copy, foreign], ReportWindow.All);
        var all = BuyerReport.Compute([original, copy, foreign], ReportWindow.All, AnalyticsSettings.Default with { UkPublishersOnly = false });

        Assert.Equal((100d, 1, 1), (Assert.Single(uk.Buyers).AwardValue!.Value, uk.Coverage.Duplicates, uk.Coverage.NotUk));
        Assert.Equal(2, all.Buyers.Count);
        Assert.Equal(1, all.Coverage.Duplicates);
    }

    [Fact]
    public void A_buyer_without_a_valued_award_has_no_value_rather_than_zero()
    {
        var buyer = Assert.Single(BuyerReport.Compute([Process("p1", awards: [Award("a", null)])], ReportWindow.All).Buyers);
        Assert.Equal(1, buyer.Awards);
        Assert.Null(buyer.AwardValue);
        Assert.Null(buyer.SmeShare);
    }
}
